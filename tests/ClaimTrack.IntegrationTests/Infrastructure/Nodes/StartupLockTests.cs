using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.DemoNewsroom;
using Marten;

namespace ClaimTrack.IntegrationTests.Infrastructure.Nodes;

/// <summary>Two nodes started at the same moment over an empty database: the start-up work happens once.</summary>
public sealed class StartupLockTests(TestCluster cluster)
{
    private static readonly Dictionary<string, string> FirstAdmin = new()
    {
        ["ClaimTrack:Admin:Email"] = "chief@newsroom.example",
        ["ClaimTrack:Admin:Name"] = "Chief Editor",
        ["ClaimTrack:Admin:Password"] = "a long passphrase",
    };

    [Fact]
    public async Task Two_nodes_started_together_load_the_demo_newsroom_once_and_create_one_admin()
    {
        var database = await cluster.CreateDatabaseAsync("startup_race");
        await using var a = new ClaimTrackApp(database, demoNewsroom: true, FirstAdmin);
        await using var b = new ClaimTrackApp(database, demoNewsroom: true, FirstAdmin);

        // Both hosts build and start at once: schema, demo newsroom, accounts.
        await Task.WhenAll(Task.Run(() => a.Services), Task.Run(() => b.Services));

        await using var session = a.Store.QuerySession();
        var registered = await session.Events.QueryRawEventDataOnly<ClaimRegistered>().CountAsync();
        registered.ShouldBe(DemoNewsroomScript.Claims.Count);
        var people = await session.Query<DeskUser>().ToListAsync();
        people.Count(p => p.Email == "chief@newsroom.example").ShouldBe(1);
        people.Count.ShouldBe(1 + new DemoAccounts().Accounts.Count);
        (await session.Query<DemoNewsroomMarker>().CountAsync()).ShouldBe(1);
    }
}
