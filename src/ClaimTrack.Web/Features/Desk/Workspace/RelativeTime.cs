namespace ClaimTrack.Web.Features.Desk.Workspace;

/// <summary>
/// "3 hours ago", "in 2 days": how far a time is from now, in the words an editor says it. Pure: "now" is an
/// argument, so the words are tested without a clock, and a page passes its one reading of the clock to every time
/// it shows. The exact time sits beside it (on hover), so the rounding down here never hides anything.
/// </summary>
public static class RelativeTime
{
    public static string Words(DateTimeOffset at, DateTimeOffset now)
    {
        var gap = at - now;
        var span = gap.Duration();
        // Under a minute either way is "just now": a save's own time read a moment later must not say "in 2 seconds".
        if (span < TimeSpan.FromMinutes(1)) return "just now";
        var amount = span switch
        {
            _ when span < TimeSpan.FromHours(1) => Count((int)span.TotalMinutes, "minute"),
            _ when span < TimeSpan.FromDays(1) => Count((int)span.TotalHours, "hour"),
            _ when span < TimeSpan.FromDays(30) => Count((int)span.TotalDays, "day"),
            _ when span < TimeSpan.FromDays(365) => Count((int)(span.TotalDays / 30), "month"),
            _ => Count((int)(span.TotalDays / 365), "year"),
        };
        return gap < TimeSpan.Zero ? $"{amount} ago" : $"in {amount}";
    }

    /// <summary>A calendar day against today in the newsroom: "today", "yesterday", "3 days ago", "in 2 days".</summary>
    public static string Words(DateOnly day, DateOnly today)
    {
        var days = day.DayNumber - today.DayNumber;
        return days switch
        {
            0 => "today",
            -1 => "yesterday",
            1 => "tomorrow",
            _ when Math.Abs(days) < 30 => days < 0 ? $"{Count(-days, "day")} ago" : $"in {Count(days, "day")}",
            _ => Words(day.ToDateTime(TimeOnly.MinValue), today.ToDateTime(TimeOnly.MinValue)),
        };
    }

    private static string Words(DateTime day, DateTime today) =>
        Words(new DateTimeOffset(day, TimeSpan.Zero), new DateTimeOffset(today, TimeSpan.Zero));

    private static string Count(int n, string unit) => n == 1 ? $"1 {unit}" : $"{n} {unit}s";
}
