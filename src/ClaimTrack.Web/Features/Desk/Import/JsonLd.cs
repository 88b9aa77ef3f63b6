using System.Globalization;
using System.Text.Json;

namespace ClaimTrack.Web.Features.Desk.Import;

/// <summary>
/// Reading schema.org values as publishers actually write them: a property may hold a string, a number, an object
/// with a name, or an array of any of these; a type may be "ClaimReview", "schema:ClaimReview" or a full IRI.
/// </summary>
internal static class JsonLd
{
    public static HashSet<string> Types(JsonElement node)
    {
        var types = new HashSet<string>(StringComparer.Ordinal);
        if (!node.TryGetProperty("@type", out var type)) return types;
        foreach (var value in type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().ToArray() : [type])
            if (value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } name)
                types.Add(name[(name.LastIndexOfAny(['/', ':', '#']) + 1)..]);
        return types;
    }

    /// <summary>The property as text (an object's name, an array's first text), trimmed and cut to a length; null when absent or blank.</summary>
    public static string? Text(JsonElement node, string property, int max)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(property, out var value)) return null;
        var text = TextOf(value)?.Trim();
        return string.IsNullOrEmpty(text) ? null : text.Length <= max ? text : text[..(max - 1)] + "…";
    }

    private static string? TextOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Object => value.TryGetProperty("name", out var name) ? TextOf(name)
            : value.TryGetProperty("@value", out var literal) ? TextOf(literal) : null,
        JsonValueKind.Array => value.EnumerateArray().Select(TextOf).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)),
        _ => null,
    };

    /// <summary>The property's object (the first, when an array), or null.</summary>
    public static JsonElement? Object(JsonElement node, string property)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(property, out var value)) return null;
        if (value.ValueKind == JsonValueKind.Array) return value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.Object).Cast<JsonElement?>().FirstOrDefault();
        return value.ValueKind == JsonValueKind.Object ? value : null;
    }

    /// <summary>
    /// An absolute http or https address, or null: these become links on our public pages, so a "javascript:" or
    /// "data:" address must never get through.
    /// </summary>
    public static string? WebAddress(JsonElement node, string property)
    {
        var text = Text(node, property, 2_000) ?? (Object(node, property) is { } o ? Text(o, "url", 2_000) ?? Text(o, "@id", 2_000) : null);
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri : null;
    }

    public static DateOnly? Day(JsonElement node, string property)
    {
        var text = Text(node, property, 64);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? DateOnly.FromDateTime(at.UtcDateTime) : null;
    }
}
