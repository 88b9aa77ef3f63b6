using System.Globalization;

namespace ClaimTrack.Web.Features.Desk.Workspace;

/// <summary>
/// "3 hours ago", "in 2 days": how far a time is from now, in the words an editor says it, in the desk's language
/// (a page passes <c>CultureInfo.CurrentUICulture</c>: "hace 3 horas" in Spanish). Pure: "now" is an argument, so the words are
/// tested without a clock, and a page passes its one reading of the clock to every time it shows. The exact time sits
/// beside it (on hover), so the rounding down here never hides anything.
/// </summary>
public static class RelativeTime
{
    // Plural rules and word order are code, not resource strings: Spanish puts "hace" first, English puts "ago" last.
    private sealed record Phrasing(string JustNow, string Ago, string In, string Today, string Yesterday, string Tomorrow,
        IReadOnlyDictionary<string, (string One, string Many)> Units);

    private static readonly Phrasing English = new("just now", "{0} ago", "in {0}", "today", "yesterday", "tomorrow",
        new Dictionary<string, (string, string)>
        {
            ["minute"] = ("minute", "minutes"),
            ["hour"] = ("hour", "hours"),
            ["day"] = ("day", "days"),
            ["month"] = ("month", "months"),
            ["year"] = ("year", "years"),
        });

    private static readonly Phrasing Spanish = new("ahora mismo", "hace {0}", "dentro de {0}", "hoy", "ayer", "mañana",
        new Dictionary<string, (string, string)>
        {
            ["minute"] = ("minuto", "minutos"),
            ["hour"] = ("hora", "horas"),
            ["day"] = ("día", "días"),
            ["month"] = ("mes", "meses"),
            ["year"] = ("año", "años"),
        });

    public static string Words(DateTimeOffset at, DateTimeOffset now, CultureInfo language)
    {
        var words = For(language);
        var gap = at - now;
        var span = gap.Duration();
        // Under a minute either way is "just now": a save's own time read a moment later must not say "in 2 seconds".
        if (span < TimeSpan.FromMinutes(1)) return words.JustNow;
        var amount = span switch
        {
            _ when span < TimeSpan.FromHours(1) => Count(words, (int)span.TotalMinutes, "minute"),
            _ when span < TimeSpan.FromDays(1) => Count(words, (int)span.TotalHours, "hour"),
            _ when span < TimeSpan.FromDays(30) => Count(words, (int)span.TotalDays, "day"),
            _ when span < TimeSpan.FromDays(365) => Count(words, (int)(span.TotalDays / 30), "month"),
            _ => Count(words, (int)(span.TotalDays / 365), "year"),
        };
        return string.Format(CultureInfo.InvariantCulture, gap < TimeSpan.Zero ? words.Ago : words.In, amount);
    }

    /// <summary>A calendar day against today in the newsroom: "today", "yesterday", "3 days ago", "in 2 days".</summary>
    public static string Words(DateOnly day, DateOnly today, CultureInfo language)
    {
        var words = For(language);
        var days = day.DayNumber - today.DayNumber;
        return days switch
        {
            0 => words.Today,
            -1 => words.Yesterday,
            1 => words.Tomorrow,
            _ when Math.Abs(days) < 30 => string.Format(CultureInfo.InvariantCulture, days < 0 ? words.Ago : words.In, Count(words, Math.Abs(days), "day")),
            _ => Words(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), language),
        };
    }

    private static Phrasing For(CultureInfo language) => language.TwoLetterISOLanguageName == "es" ? Spanish : English;

    private static string Count(Phrasing words, int n, string unit) =>
        n == 1 ? $"1 {words.Units[unit].One}" : $"{n} {words.Units[unit].Many}";
}
