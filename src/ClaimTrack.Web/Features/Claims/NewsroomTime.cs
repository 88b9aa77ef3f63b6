using System.Globalization;

namespace ClaimTrack.Web.Features.Claims;

/// <summary>
/// The newsroom's clock face (<c>ClaimTrack:Newsroom:TimeZone</c>): events keep their instant, the desk shows it in
/// the newsroom's zone with the offset beside it, so an editor in Caracas never converts from UTC in their head.
/// As a format provider it puts every time in a history wording (<c>$"... at {e.At:u}"</c>) in that zone: the words
/// stay in the command's file, and only the reader of them decides the zone.
/// </summary>
public sealed class NewsroomTime(TimeZoneInfo zone) : IFormatProvider, ICustomFormatter
{
    public static readonly NewsroomTime Utc = new(TimeZoneInfo.Utc);

    public TimeZoneInfo Zone { get; } = zone;

    /// <summary>The zone named by its IANA id; none means UTC. An unknown id is refused, not guessed: a newsroom
    /// that misspells its zone would otherwise read every time an offset off without being told.</summary>
    public static NewsroomTime From(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return Utc;
        try
        {
            return new NewsroomTime(TimeZoneInfo.FindSystemTimeZoneById(id.Trim()));
        }
        catch (Exception problem) when (problem is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new NewsroomSettingInvalid(
                $"{NewsroomOptions.Section}:TimeZone is '{id}', which is not a time zone this machine knows: " +
                "use an IANA id such as America/Caracas, or leave it unset for UTC.", problem);
        }
    }

    /// <summary>"2026-11-29 10:05 UTC-04:00": the newsroom's wall clock and its offset at that instant (which moves
    /// with daylight saving time, so it is shown per time, not once per page).</summary>
    public string Format(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, Zone);
        return local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " " + Offset(local.Offset);
    }

    /// <summary>"2026-11-29 10:05": for a grid whose heading names the zone (<see cref="Describe"/>).</summary>
    public string FormatShort(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The zone as a column heading says it: "America/Caracas, UTC-04:00" (the offset now).</summary>
    public string Describe(DateTimeOffset now) =>
        Zone == TimeZoneInfo.Utc ? "UTC" : $"{Zone.Id}, {Offset(TimeZoneInfo.ConvertTime(now, Zone).Offset)}";

    /// <summary>The instant a newsroom day starts, for date filters: "from the 3rd" means the 3rd in the newsroom.</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // Some zones skip midnight when daylight saving time starts: that day begins at the first hour that exists.
        while (Zone.IsInvalidTime(midnight)) midnight = midnight.AddMinutes(30);
        return new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight)).ToUniversalTime();
    }

    /// <summary>Words with their times in the newsroom's zone and everything else culture-neutral.</summary>
    public string Words(FormattableString words) => words.ToString(this);

    public object? GetFormat(Type? formatType) => formatType == typeof(ICustomFormatter) ? this : null;

    public string Format(string? format, object? arg, IFormatProvider? formatProvider) => arg switch
    {
        DateTimeOffset at => Format(at),
        FormattableString nested => nested.ToString(this), // a phrase in a history line: its times in the zone too
        IFormattable value => value.ToString(format, CultureInfo.InvariantCulture),
        _ => arg?.ToString() ?? "",
    };

    private static string Offset(TimeSpan offset) => offset == TimeSpan.Zero
        ? "UTC"
        : "UTC" + (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
}

/// <summary>A newsroom setting the app cannot run with; its message is the one sentence the terminal shows.</summary>
public sealed class NewsroomSettingInvalid(string message, Exception? inner = null) : Exception(message, inner);
