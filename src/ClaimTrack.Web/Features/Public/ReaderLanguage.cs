using System.Globalization;

namespace ClaimTrack.Web.Features.Public;

/// <summary>
/// The language a reader page is written in, read from <see cref="CultureInfo.CurrentUICulture"/> (request
/// localization sets it from the address), and how a claim written in another language is marked inside it.
/// </summary>
public static class ReaderLanguage
{
    /// <summary>The page's language tag, lower-case; "en" before any culture is set, as the pages' html element says.</summary>
    public static string Page => CultureInfo.CurrentUICulture.Name is { Length: > 0 } name ? name.ToLowerInvariant() : "en";

    /// <summary>
    /// The claim's tag for a lang attribute on its own words when the page is in another language, else null (Razor
    /// then leaves the attribute out): a screen reader reads a Spanish statement on an English page with Spanish sounds.
    /// </summary>
    public static string? MarkIfOther(string? claimLanguage)
    {
        if (string.IsNullOrEmpty(claimLanguage)) return null;
        var (claim, page) = (claimLanguage.ToLowerInvariant(), Page);
        return claim == page || claim == page.Split('-')[0] ? null : claimLanguage;
    }
}
