using ClaimTrack.Web.Features.Claims.Scheduling;

namespace ClaimTrack.Tests.Features.Claims.Scheduling;

public sealed class ScheduledReleaserTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    [Fact]
    public void It_sleeps_until_the_next_release_but_never_longer_than_one_interval()
    {
        ScheduledReleaser.Wait(Now.AddSeconds(2), Now, Interval).ShouldBe(TimeSpan.FromSeconds(2));
        ScheduledReleaser.Wait(Now.AddHours(2), Now, Interval).ShouldBe(Interval);
        ScheduledReleaser.Wait(null, Now, Interval).ShouldBe(Interval);
        ScheduledReleaser.Wait(Now.AddSeconds(-3), Now, Interval).ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void The_interval_setting_is_held_between_one_second_and_a_minute()
    {
        new SchedulingOptions { PollSeconds = 0 }.Interval.ShouldBe(TimeSpan.FromSeconds(1));
        new SchedulingOptions { PollSeconds = 3600 }.Interval.ShouldBe(TimeSpan.FromSeconds(60));
        new SchedulingOptions().Interval.ShouldBe(TimeSpan.FromSeconds(5));
    }
}
