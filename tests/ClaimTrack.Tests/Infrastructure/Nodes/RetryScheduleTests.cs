using ClaimTrack.Web.Infrastructure.Nodes;

namespace ClaimTrack.Tests.Infrastructure.Nodes;

public sealed class RetryScheduleTests
{
    private static TimeSpan? NextWait(int failedTries, double random = 0.5, int attempts = 8) =>
        RetrySchedule.NextWait(failedTries, attempts, firstSeconds: 30, maxSeconds: 600, random);

    [Fact]
    public void Each_wait_doubles_the_last_until_the_cap()
    {
        var waits = Enumerable.Range(1, 7).Select(tries => NextWait(tries)!.Value.TotalSeconds);

        waits.ShouldBe([30, 60, 120, 240, 480, 600, 600]);
    }

    [Fact]
    public void The_last_allowed_try_failing_ends_the_schedule() =>
        NextWait(8).ShouldBeNull();

    [Theory]
    [InlineData(0.0, 96)]
    [InlineData(0.999999, 144)]
    public void Jitter_moves_a_wait_by_at_most_a_fifth_either_way(double random, double seconds) =>
        NextWait(3, random)!.Value.TotalSeconds.ShouldBe(seconds, tolerance: 0.01);

    [Fact]
    public void One_attempt_allowed_means_no_retry() =>
        NextWait(1, attempts: 0).ShouldBeNull();
}
