using System.Globalization;
using System.Text.RegularExpressions;

namespace ClaimTrack.Web.Features.Public.Languages;

/// <summary>
/// Days and counts on reader pages, in the page's culture (the current culture, which the page address chose): "3 June
/// 2025" in English, "3 de junio de 2025" in Spanish. Feeds, the API and machine attributes (datetime="...") stay
/// invariant and never come here.
/// </summary>
public static partial class ReaderFormat
{
    /// <summary>The culture's long date without the weekday: a page dates a verdict, and the weekday only adds words.</summary>
    public static string DayPattern(CultureInfo culture) =>
        Weekday().Replace(culture.DateTimeFormat.LongDatePattern, "").Trim();

    public static string Day(DateTimeOffset at, CultureInfo? culture = null) => Day(DateOnly.FromDateTime(at.UtcDateTime), culture);

    public static string Day(DateOnly day, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentCulture;
        return day.ToString(DayPattern(culture), culture);
    }

    /// <summary>A whole number with the culture's grouping (1,234 or 1.234).</summary>
    public static string Count(long count, CultureInfo? culture = null) => count.ToString("N0", culture ?? CultureInfo.CurrentCulture);

    // "dddd, " before the day (en-GB, es) or ", dddd" after it; a culture that writes none keeps its pattern.
    [GeneratedRegex(@"dddd,?\s*|,?\s*dddd")]
    private static partial Regex Weekday();
}
