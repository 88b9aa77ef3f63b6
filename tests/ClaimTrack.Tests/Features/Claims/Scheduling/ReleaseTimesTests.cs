using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Scheduling;

namespace ClaimTrack.Tests.Features.Claims.Scheduling;

public sealed class ReleaseTimesTests
{
    private static readonly NewsroomTime NewYork = new(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));

    [Fact]
    public void A_wall_clock_time_in_the_newsroom_is_stored_as_its_utc_instant()
    {
        ReleaseTimes.FromNewsroom(NewYork, new DateOnly(2026, 1, 15), new TimeOnly(9, 30))
            .ShouldBe(new DateTimeOffset(2026, 1, 15, 14, 30, 0, TimeSpan.Zero));
        ReleaseTimes.FromNewsroom(NewYork, new DateOnly(2026, 7, 15), new TimeOnly(9, 30))
            .ShouldBe(new DateTimeOffset(2026, 7, 15, 13, 30, 0, TimeSpan.Zero));
    }

    [Fact]
    public void A_time_skipped_by_daylight_saving_time_is_refused_and_a_repeated_one_is_the_earlier()
    {
        ReleaseTimes.FromNewsroom(NewYork, new DateOnly(2026, 3, 8), new TimeOnly(2, 30)).ShouldBeNull();
        ReleaseTimes.FromNewsroom(NewYork, new DateOnly(2026, 11, 1), new TimeOnly(1, 30))
            .ShouldBe(new DateTimeOffset(2026, 11, 1, 5, 30, 0, TimeSpan.Zero));
    }

    [Fact]
    public void A_day_at_the_calendars_ends_stands_for_the_nearest_instant_instead_of_throwing()
    {
        var tokyo = new NewsroomTime(TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"));

        ReleaseTimes.FromNewsroom(NewYork, DateOnly.MaxValue, new TimeOnly(23, 0)).ShouldBe(DateTimeOffset.MaxValue);
        ReleaseTimes.FromNewsroom(tokyo, DateOnly.MinValue, new TimeOnly(1, 0)).ShouldBe(DateTimeOffset.MinValue);
    }

    [Fact]
    public void The_form_suggests_the_next_full_hour_on_the_newsroom_clock()
    {
        ReleaseTimes.NextHour(NewYork, new DateTimeOffset(2026, 1, 15, 14, 10, 0, TimeSpan.Zero))
            .ShouldBe((new DateOnly(2026, 1, 15), new TimeOnly(10, 0)));
    }
}
