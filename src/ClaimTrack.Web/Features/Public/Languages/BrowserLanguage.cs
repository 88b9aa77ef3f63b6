using Microsoft.Net.Http.Headers;

namespace ClaimTrack.Web.Features.Public.Languages;

/// <summary>The reader's browser language (Accept-Language), matched against the site's languages.</summary>
public static class BrowserLanguage
{
    /// <summary>
    /// The site language the header prefers most, or null when it names none of them. A regional range matches its
    /// language ("es-VE" is "es"); ranges are weighed by q (q=0 means "not this one"), ties kept in the header's order.
    /// </summary>
    public static string? Preferred(string? acceptLanguage, IReadOnlyList<string> languages)
    {
        if (string.IsNullOrWhiteSpace(acceptLanguage)
            || !StringWithQualityHeaderValue.TryParseList(acceptLanguage.Split(','), out var ranges)) return null;
        return ranges
            .Select((range, order) => (Tag: range.Value.Value?.ToLowerInvariant() ?? "", Quality: range.Quality ?? 1, order))
            .Where(r => r.Quality > 0)
            .OrderByDescending(r => r.Quality).ThenBy(r => r.order)
            .Select(r => languages.FirstOrDefault(l => r.Tag == l || r.Tag.StartsWith(l + "-", StringComparison.Ordinal)))
            .FirstOrDefault(l => l is not null);
    }
}
