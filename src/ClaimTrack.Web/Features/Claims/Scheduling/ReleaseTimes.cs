namespace ClaimTrack.Web.Features.Claims.Scheduling;

/// <summary>The desk picks a release time on the newsroom's wall clock; the claim stores the instant, in UTC.</summary>
public static class ReleaseTimes
{
    /// <returns>The instant, or null when that wall-clock time does not exist (skipped when daylight saving time starts).</returns>
    /// <remarks>A time that happens twice (when it ends) is read as the first, the earlier instant: a release goes out
    /// early rather than an hour late.</remarks>
    public static DateTimeOffset? FromNewsroom(NewsroomTime time, DateOnly day, TimeOnly at)
    {
        var local = day.ToDateTime(at, DateTimeKind.Unspecified);
        if (time.Zone.IsInvalidTime(local)) return null;
        var offset = time.Zone.IsAmbiguousTime(local) ? time.Zone.GetAmbiguousTimeOffsets(local).Max() : time.Zone.GetUtcOffset(local);
        // The calendar's ends (a typed year 1 or 9999) have no UTC instant west or east of Greenwich: the nearest
        // instant stands in, which the desk and the decision then refuse as past or too far ahead, instead of throwing.
        var utcTicks = local.Ticks - offset.Ticks;
        if (utcTicks < DateTimeOffset.MinValue.Ticks) return DateTimeOffset.MinValue;
        if (utcTicks > DateTimeOffset.MaxValue.Ticks) return DateTimeOffset.MaxValue;
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>The form's first suggestion: the next full hour on the newsroom's clock.</summary>
    public static (DateOnly Day, TimeOnly At) NextHour(NewsroomTime time, DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, time.Zone).AddHours(1);
        return (DateOnly.FromDateTime(local.DateTime), new TimeOnly(local.Hour, 0));
    }
}
