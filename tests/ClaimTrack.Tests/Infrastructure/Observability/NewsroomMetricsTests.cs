using ClaimTrack.Web.Infrastructure.Observability;

namespace ClaimTrack.Tests.Infrastructure.Observability;

public sealed class NewsroomMetricsTests
{
    private static readonly DateTimeOffset Stored = new(2026, 11, 3, 21, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_delay_runs_from_the_event_to_the_eviction()
    {
        NewsroomMetrics.DelaySince(Stored, Stored.AddMilliseconds(350)).ShouldBe(TimeSpan.FromMilliseconds(350));
    }

    [Fact]
    public void A_node_whose_clock_runs_behind_reports_zero_not_a_negative_delay()
    {
        NewsroomMetrics.DelaySince(Stored, Stored.AddMilliseconds(-40)).ShouldBe(TimeSpan.Zero);
    }
}
