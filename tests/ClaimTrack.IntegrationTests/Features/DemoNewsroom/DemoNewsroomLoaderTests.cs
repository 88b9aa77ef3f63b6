using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;
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
        claims.ShouldContain(c => c.Timeline.Any(t => t.Kind == TimelineEntryKind.Correction));
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
