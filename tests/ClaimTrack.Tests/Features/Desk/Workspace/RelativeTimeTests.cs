using System.Globalization;
using ClaimTrack.Web.Features.Desk.Workspace;

namespace ClaimTrack.Tests.Features.Desk.Workspace;

/// <summary>The words are computed from a given "now": no clock is read, so the figures are exact.</summary>
public sealed class RelativeTimeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 15, 0, 0, TimeSpan.Zero);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es");

    [Theory]
    [InlineData(-3 * 60, "3 hours ago")]
    [InlineData(-60, "1 hour ago")]
    [InlineData(-59, "59 minutes ago")]
    [InlineData(-1, "1 minute ago")]
    [InlineData(2 * 24 * 60, "in 2 days")]
    [InlineData(5, "in 5 minutes")]
    [InlineData(-45 * 24 * 60, "1 month ago")]
    [InlineData(-800 * 24 * 60, "2 years ago")]
    public void A_time_is_said_as_how_long_from_now(int minutes, string words)
    {
        RelativeTime.Words(Now.AddMinutes(minutes), Now, English).ShouldBe(words);
    }

    [Fact]
    public void Within_a_minute_either_way_is_just_now()
    {
        RelativeTime.Words(Now.AddSeconds(-59), Now, English).ShouldBe("just now");
        RelativeTime.Words(Now.AddSeconds(30), Now, English).ShouldBe("just now");
    }

    [Fact]
    public void Amounts_round_down_so_a_time_never_sounds_older_than_it_is()
    {
        RelativeTime.Words(Now.AddMinutes(-(2 * 60 + 59)), Now, English).ShouldBe("2 hours ago");
    }

    [Fact]
    public void The_offset_of_the_time_does_not_change_the_distance()
    {
        var caracas = new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.FromHours(-4)); // 12:00 UTC

        RelativeTime.Words(caracas, Now, English).ShouldBe("3 hours ago");
    }

    [Theory]
    [InlineData(0, "today")]
    [InlineData(-1, "yesterday")]
    [InlineData(1, "tomorrow")]
    [InlineData(-3, "3 days ago")]
    [InlineData(2, "in 2 days")]
    [InlineData(-60, "2 months ago")]
    public void A_day_is_said_against_the_newsrooms_today(int days, string words)
    {
        var today = new DateOnly(2026, 11, 29);

        RelativeTime.Words(today.AddDays(days), today, English).ShouldBe(words);
    }

    [Theory]
    [InlineData(-3 * 60, "hace 3 horas")]
    [InlineData(-1, "hace 1 minuto")]
    [InlineData(2 * 24 * 60, "dentro de 2 días")]
    [InlineData(-45 * 24 * 60, "hace 1 mes")]
    [InlineData(-800 * 24 * 60, "hace 2 años")]
    public void A_Spanish_desk_says_it_in_Spanish(int minutes, string words)
    {
        RelativeTime.Words(Now.AddMinutes(minutes), Now, Spanish).ShouldBe(words);
    }

    [Fact]
    public void A_Spanish_desk_names_the_days_around_today_in_Spanish()
    {
        var today = new DateOnly(2026, 11, 29);

        RelativeTime.Words(today.AddDays(-1), today, Spanish).ShouldBe("ayer");
        RelativeTime.Words(today.AddDays(1), today, Spanish).ShouldBe("mañana");
        RelativeTime.Words(today.AddDays(-3), today, Spanish).ShouldBe("hace 3 días");
        RelativeTime.Words(today, today, CultureInfo.GetCultureInfo("es-VE")).ShouldBe("hoy");
    }
}
