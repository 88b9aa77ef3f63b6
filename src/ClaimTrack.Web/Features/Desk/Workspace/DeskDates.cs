using System.Globalization;
using ClaimTrack.Web.Features.Claims;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Desk.Workspace;

/// <summary>
/// Calendar days in the desk's forms and lists, written the newsroom's way (<c>ClaimTrack:Newsroom:Culture</c>, e.g.
/// en-GB gives 29/11/2026). Unset, days are ISO (2026-11-29), which no newsroom misreads; never the US month-first
/// form a date picker falls back to on a server whose culture nobody chose, where 03/04 reads as two different days.
/// A person who chose another of the newsroom's languages (<c>CultureInfo.CurrentUICulture</c> on their circuit) gets
/// that language's days: "29/11/2026" and "noviembre" in Spanish.
/// </summary>
public sealed class DeskDates(CultureInfo? culture, NewsroomTime time, string newsroomLanguage = "en")
{
    public const string Iso = "yyyy-MM-dd";

    public static DeskDates For(IOptions<NewsroomOptions> options, NewsroomTime time) =>
        new(CultureOf(options.Value.Culture), time, options.Value.Languages is [var first, ..] ? first : "en");

    /// <summary>The culture the pickers use for month and day names; invariant when unset.</summary>
    public CultureInfo Culture => Chosen() ?? CultureInfo.InvariantCulture;

    /// <summary>The culture's short date, with four-digit years: "dd/MM/yy" would make 1926 and 2026 alike.</summary>
    public string Format => Chosen() is { } chosen ? FourDigitYear(chosen.DateTimeFormat.ShortDatePattern) : Iso;

    // Read per call: one instance serves every circuit, and each circuit has its person's culture.
    private CultureInfo? Chosen()
    {
        var language = CultureInfo.CurrentUICulture;
        // The newsroom's own language (or no culture at all): the newsroom's setting, or ISO days, as always.
        if (language.Name.Length == 0 || SameLanguage(language, newsroomLanguage)) return culture;
        // The same language as the newsroom's culture (es-VE for "es"): its regional form is the better one.
        if (culture is not null && culture.TwoLetterISOLanguageName == language.TwoLetterISOLanguageName) return culture;
        return language;
    }

    private static bool SameLanguage(CultureInfo language, string tag) =>
        string.Equals(language.Name, tag, StringComparison.OrdinalIgnoreCase) ||
        string.Equals(language.TwoLetterISOLanguageName, tag, StringComparison.OrdinalIgnoreCase);

    /// <summary>What an empty date field shows, so the editor knows the order before typing: "dd/mm/yyyy".</summary>
    public string Placeholder => Format.ToLowerInvariant();

    public string Show(DateOnly day) => day.ToString(Format, Culture);

    /// <summary>The newsroom's today: a day's "yesterday" is the newsroom's, not the server's.</summary>
    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, time.Zone).DateTime);

    /// <summary>A setting is a culture this machine knows, or none; a misspelt one is refused at start-up.</summary>
    public static bool Known(string? name)
    {
        try { _ = CultureOf(name); return true; }
        catch (CultureNotFoundException) { return false; }
    }

    private static CultureInfo? CultureOf(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : CultureInfo.GetCultureInfo(name.Trim(), predefinedOnly: true);

    private static string FourDigitYear(string pattern) =>
        pattern.Contains("yyyy", StringComparison.Ordinal) ? pattern : pattern.Replace("yy", "yyyy", StringComparison.Ordinal);
}
