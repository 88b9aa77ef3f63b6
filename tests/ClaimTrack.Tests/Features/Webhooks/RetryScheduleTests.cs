using ClaimTrack.Web.Features.Webhooks;

namespace ClaimTrack.Tests.Features.Webhooks;

public sealed class RetryScheduleTests
{
    private static readonly WebhookOptions Options = new() { FirstRetrySeconds = 30, MaxRetrySeconds = 600, MaxAttempts = 8 };

    [Fact]
    public void Each_wait_doubles_the_last_until_the_cap()
    {
        var waits = Enumerable.Range(1, 7).Select(tries => RetrySchedule.NextWait(tries, Options, random: 0.5)!.Value.TotalSeconds);

        waits.ShouldBe([30, 60, 120, 240, 480, 600, 600]);
    }

    [Fact]
    public void The_last_allowed_try_failing_ends_the_schedule() =>
        RetrySchedule.NextWait(8, Options, 0.5).ShouldBeNull();

    [Theory]
    [InlineData(0.0, 96)]
    [InlineData(0.999999, 144)]
    public void Jitter_moves_a_wait_by_at_most_a_fifth_either_way(double random, double seconds) =>
        RetrySchedule.NextWait(3, Options, random)!.Value.TotalSeconds.ShouldBe(seconds, tolerance: 0.01);

    [Fact]
    public void One_attempt_allowed_means_no_retry() =>
        RetrySchedule.NextWait(1, new WebhookOptions { MaxAttempts = 0 }, 0.5).ShouldBeNull();
}
