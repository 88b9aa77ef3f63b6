namespace ClaimTrack.Web.Features.Claims;

/// <summary>Collects every field problem of one command, so the editor sees all of them at once, not one per save.</summary>
internal sealed class InputCheck
{
    private readonly Dictionary<string, List<FieldRule>> _errors = [];

    public InputCheck Required(string field, string? value, int maxLength, string label)
    {
        if (string.IsNullOrWhiteSpace(value)) return Add(field, $"{label} is required.", FieldRule.Required);
        return Optional(field, value, maxLength, label);
    }

    public InputCheck Optional(string field, string? value, int maxLength, string label)
    {
        if (value is null) return this;
        if (value.Length > maxLength) return Add(field, $"{label} is too long: {value.Length} characters, at most {maxLength}.", FieldRule.TooLong, value.Length, maxLength);
        // PostgreSQL refuses a NUL in a document and XML (the feeds) refuses most control characters: text pasted from
        // another program can carry them, and one would break every page and feed that shows it.
        return HasUnshowable(value) ? Add(field, $"{label} contains an invisible control character (pasted from another program?): remove it.", FieldRule.Unshowable) : this;
    }

    /// <summary>A control character other than a line break or tab, or half of a character: text no page, feed or database can hold.</summary>
    internal static bool HasUnshowable(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '\t' or '\n' or '\r') continue;
            if (char.IsControl(c) || c is '\uFFFE' or '\uFFFF') return true;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c)) return true;
        }
        return false;
    }

    public InputCheck SingleLine(string field, string? value, string label) =>
        value is not null && value.AsSpan().IndexOfAny('\r', '\n') >= 0 ? Add(field, $"{label} must fit on one line.", FieldRule.OneLine) : this;

    public InputCheck WebAddress(string field, string? url, string label)
    {
        if (string.IsNullOrWhiteSpace(url)) return this;
        if (url.Length > InputLimits.Url) return Add(field, $"{label} is too long: at most {InputLimits.Url} characters.", FieldRule.AddressTooLong, InputLimits.Url);
        var ok = Uri.TryCreate(url, UriKind.Absolute, out var uri)
                 && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                 && !string.IsNullOrEmpty(uri.Host);
        return ok ? this : Add(field, $"{label} must be a web address starting with http:// or https://.", FieldRule.WebAddress);
    }

    public InputCheck NotInFuture(string field, DateOnly? date, DateTimeOffset now, string label)
    {
        if (date is null) return this;
        // A day's grace: an appearance dated "today" in a time zone ahead of UTC is still today somewhere.
        if (date.Value > DateOnly.FromDateTime(now.UtcDateTime).AddDays(1)) return Add(field, $"{label} cannot be in the future.", FieldRule.InFuture);
        return date.Value.Year < 1800 ? Add(field, $"{label} is before 1800; check the year.", FieldRule.Before1800) : this;
    }

    /// <summary>A rule of one command; <paramref name="rule"/> names it for pages in other languages (none: English only).</summary>
    public InputCheck That(bool ok, string field, string message, string rule = FieldRule.Unnamed, params object[] values) =>
        ok ? this : Add(field, message, rule, values);

    public void ThrowIfAny()
    {
        if (_errors.Count > 0) throw new ClaimInputInvalid(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
    }

    private InputCheck Add(string field, string message, string rule, params object[] values)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(new FieldRule(rule, message, values));
        return this;
    }
}

/// <summary>Field sizes: generous for real journalism, small enough that nobody can flood the database.</summary>
public static class InputLimits
{
    public const int Statement = 2_000;
    public const int Name = 200;
    public const int Context = 4_000;
    public const int Topic = 60;
    public const int Topics = 10;
    public const int Url = 2_000;
    public const int Title = 300;
    public const int Citation = 1_000;
    public const int Excerpt = 4_000;
    public const int Summary = 280;
    public const int Reasoning = 20_000;
    public const int Reason = 1_000;
    public const int Note = 500;
}
