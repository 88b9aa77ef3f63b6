using System.Globalization;
using ClaimTrack.Web.Features.Claims;

namespace ClaimTrack.Web.Features.Public.Api;

/// <summary>
/// What a list of claims asks for, read from the query string. Anything it cannot use is a problem naming the
/// parameter (a 400), never a 500 further on. <see cref="Canonical()"/> writes it back one way, for the output cache.
/// </summary>
public sealed record ClaimListQuery(
    DateTimeOffset? UpdatedSince, string? Claimant, string? Topic, string? Rating, int Size, ApiCursor? After, bool IncludeRetracted)
{
    /// <summary>Only claims in this language, lower-case; the endpoint checks the newsroom publishes in it.</summary>
    public string? Language { get; init; }

    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    // Dates and date-times as ISO 8601 writes them; a time without an offset is UTC.
    private static readonly string[] Formats =
        ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    public static (ClaimListQuery? Query, ApiProblem? Problem) Read(ClaimListParameters query)
    {
        var since = (DateTimeOffset?)null;
        if (Value(query.UpdatedSince) is { } sinceText)
        {
            // An unencoded "+01:00" arrives as " 01:00": a date never holds a space, so it can only have been a plus.
            if (!DateTimeOffset.TryParseExact(sinceText.Replace(' ', '+'), Formats, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
                return Refuse("updatedSince", "Use an ISO 8601 date or date-time, such as 2025-03-01 or 2025-03-01T09:30:00Z.");
            since = at;
        }
        if (!TrySlug(query.Claimant, out var claimant)) return Refuse("claimant", SlugMessage("claimant", "/claimants/{slug}"));
        if (!TrySlug(query.Topic, out var topic)) return Refuse("topic", SlugMessage("topic", "/topics/{slug}"));
        if (!TrySlug(query.Rating, out var rating)) return Refuse("rating", "Use a rating's key from /api/v1/ratings, such as false or half-true.");

        var size = DefaultSize;
        if (Value(query.Size) is { } sizeText &&
            (!int.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxSize))
            return Refuse("size", $"Use a whole number of claims per page from 1 to {MaxSize}.");

        var after = (ApiCursor?)null;
        if (Value(query.Cursor) is { } cursorText && (after = ApiCursor.TryDecode(cursorText)) is null)
            return Refuse("cursor", "Use the cursor exactly as the previous page's 'next' link gave it.");

        var retracted = false;
        if (Value(query.IncludeRetracted) is { } retractedText && !bool.TryParse(retractedText, out retracted))
            return Refuse("includeRetracted", "Use true or false.");

        var language = Value(query.Language)?.ToLowerInvariant();
        if (language is not null && !NewsroomLanguages.IsTag(language))
            return Refuse("language", "Use a language tag such as en or es, as each claim's 'language' gives it.");

        return (new ClaimListQuery(since, claimant, topic, rating, size, after, retracted) { Language = language }, null);
    }

    /// <summary>The query as the endpoint reads it, in one spelling, for the cache key and the 'next' link.</summary>
    public string Canonical(ApiCursor? after)
    {
        var parts = new List<string>();
        if (UpdatedSince is { } since) parts.Add($"updatedSince={Uri.EscapeDataString(since.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture))}");
        if (Claimant is not null) parts.Add($"claimant={Claimant}");
        if (Topic is not null) parts.Add($"topic={Topic}");
        if (Rating is not null) parts.Add($"rating={Rating}");
        if (Language is not null) parts.Add($"language={Language}");
        if (IncludeRetracted) parts.Add("includeRetracted=true");
        parts.Add($"size={Size.ToString(CultureInfo.InvariantCulture)}");
        if (after is not null) parts.Add($"cursor={after.Encode()}");
        return string.Join('&', parts);
    }

    public string Canonical() => Canonical(After);

    private static (ClaimListQuery?, ApiProblem?) Refuse(string parameter, string message) => (null, new ApiProblem(parameter, message));

    private static string SlugMessage(string what, string page) =>
        $"Use the {what}'s slug as it appears in {page} and in the API's answers: lower-case letters and digits joined by hyphens.";

    private static string? Value(string? text) => text?.Trim() is { Length: > 0 } value ? value : null;

    /// <summary>A slug is its own slug: anything else (capitals, spaces, control characters, 300 letters) matches nothing.</summary>
    private static bool TrySlug(string? text, out string? slug)
    {
        slug = Value(text);
        return slug is null || (slug.Length <= 80 && Slugs.From(slug) == slug);
    }
}
