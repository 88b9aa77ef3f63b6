using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Claims.Timeline;
using ClaimTrack.Web.Features.DemoNewsroom;
using Marten;

namespace ClaimTrack.IntegrationTests.Features.DemoNewsroom;

public sealed class DemoNewsroomLoaderTests(TestCluster cluster)
{
    [Fact]
    public async Task The_demo_newsroom_loads_into_an_empty_database_through_the_real_decisions()
    {
        await using var app = await ClaimTrackApp.StartAsync(cluster, "demo_load", demoNewsroom: true);

        await using var session = app.Store.QuerySession();
        var claims = (await session.Query<Claim>().ToListAsync()).ToList();
        claims.Count.ShouldBe(DemoNewsroomScript.Claims.Count);
        claims.Count.ShouldBeGreaterThanOrEqualTo(10);
        claims.Count(c => c.Status == ClaimStatus.Published).ShouldBeGreaterThanOrEqualTo(10);
        claims.Count(c => c.Timeline.Any(t => t.Kind == TimelineEntryKind.Revision)).ShouldBeGreaterThanOrEqualTo(3);
        claims.ShouldContain(c => c.Timeline.Any(t => t.Kind == TimelineEntryKind.Correction && !t.Unreviewed));
        // The demo's update after publication: a second editor approved it, and readers see the withdrawn source marked.
        var updated = claims.Single(c => c.Timeline.Any(t => t.Kind == TimelineEntryKind.Update));
        updated.Statement.ShouldBe("The result of the 2013 presidential election does not reflect the will of the people, and every vote must be recounted.");
        updated.Timeline[^1].Unreviewed.ShouldBeFalse();
        var shown = (await session.LoadAsync<ReaderClaim>(updated.Id))!.Content;
        (shown.Statement, shown.Evidence.Count(e => e.Withdrawn is not null)).ShouldBe((updated.Statement, 1));
        (await session.LoadAsync<DemoNewsroomMarker>(DemoNewsroomMarker.DocumentId)).ShouldNotBeNull();
    }

    [Fact]
    public async Task A_restart_does_not_load_the_demo_newsroom_twice()
    {
        var database = await cluster.CreateDatabaseAsync("demo_twice");
        long eventsAfterFirstStart;
        await using (var first = new ClaimTrackApp(database, demoNewsroom: true))
        {
            eventsAfterFirstStart = await CountEventsAsync(first);
        }

        await using var second = new ClaimTrackApp(database, demoNewsroom: true);

        (await CountEventsAsync(second)).ShouldBe(eventsAfterFirstStart);
        eventsAfterFirstStart.ShouldBeGreaterThan(DemoNewsroomScript.Claims.Count);
    }

    [Fact]
    public async Task A_database_that_already_holds_a_newsroom_is_left_alone()
    {
        var database = await cluster.CreateDatabaseAsync("demo_busy");
        await using (var working = new ClaimTrackApp(database))
        {
            await new ClaimStories(working.Writer).RegisterAsync("Real Newsroom Person");
        }

        await using var withDemo = new ClaimTrackApp(database, demoNewsroom: true);

        (await CountEventsAsync(withDemo)).ShouldBe(1);
    }

    [Fact]
    public async Task Configuration_can_switch_the_demo_newsroom_off()
    {
        await using var app = await ClaimTrackApp.StartAsync(cluster, "demo_off", demoNewsroom: false);

        (await CountEventsAsync(app)).ShouldBe(0);
    }

    private static async Task<long> CountEventsAsync(ClaimTrackApp app)
    {
        await using var session = app.Store.QuerySession();
        return await session.Events.QueryAllRawEvents().LongCountAsync();
    }
}
