using ClaimTrack.Web.Infrastructure.Observability;

namespace ClaimTrack.Tests.Infrastructure.Observability;

public sealed class ProjectionLagTests
{
    [Fact]
    public void Each_projection_lags_by_the_committed_events_past_its_progress()
    {
        var lag = ProjectionLag.Of([("TopicSummary:All", 40), ("ClaimantSummary:All", 42)], lastEvent: 42);

        lag.ShouldBe([("ClaimantSummary:All", 0L), ("TopicSummary:All", 2L)]);
    }

    [Fact]
    public void The_high_water_mark_is_not_a_projection()
    {
        var lag = ProjectionLag.Of([("HighWaterMark", 30), ("TopicSummary:All", 30)], lastEvent: 35);

        lag.ShouldBe([("TopicSummary:All", 5L)]);
    }

    [Fact]
    public void A_stopped_daemon_shows_as_growing_lag_even_though_its_high_water_mark_stands_still()
    {
        var lag = ProjectionLag.Of([("HighWaterMark", 10), ("TopicSummary:All", 10)], lastEvent: 25);

        lag.Single().Events.ShouldBe(15);
    }

    [Fact]
    public void Progress_read_after_newer_events_is_never_a_negative_lag()
    {
        // The two readings are separate queries: a projection may move past the "last" event read a moment earlier.
        ProjectionLag.Of([("TopicSummary:All", 12)], lastEvent: 10).Single().Events.ShouldBe(0);
    }
}
