using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims.ReadModels;
using JasperFx.Events.Daemon;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Infrastructure.Nodes;

/// <summary>The async projections (claimant and topic summaries) run on one node each, and move when a node stops.</summary>
public sealed class DaemonLeaderTests(TestCluster cluster)
{
    private static readonly TimeSpan Election = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Each_async_projection_runs_on_one_node_and_moves_when_that_node_stops()
    {
        var database = await cluster.CreateDatabaseAsync("daemon_leader");
        var a = new ClaimTrackApp(database);
        var b = new ClaimTrackApp(database);
        try
        {
            _ = a.Services;
            _ = b.Services;
            string[] all = [];
            await Eventually.HoldsAsync(Election, async () =>
            {
                var (onA, onB) = (await ShardsAsync(a), await ShardsAsync(b));
                all = [.. onA.Concat(onB).Order()];
                return onA.Count + onB.Count == 2 && all.Distinct().Count() == 2;
            }, "the two summaries each run on exactly one node");

            var leader = (await ShardsAsync(a)).Count > 0 ? a : b;
            var other = leader == a ? b : a;
            await leader.DisposeAsync();

            await Eventually.HoldsAsync(Election, async () => (await ShardsAsync(other)).Order().SequenceEqual(all), "the other node took over");
            await new ClaimStories(other.Writer).PublishedAsync("Takeover Person");
            await other.Store.WaitForNonStaleProjectionDataAsync(Election);
            await using var session = other.Store.QuerySession();
            (await session.Query<ClaimantSummary>().Where(s => s.Name == "Takeover Person").SingleAsync()).ClaimCount.ShouldBe(1);
        }
        finally
        {
            await a.DisposeAsync();
            await b.DisposeAsync();
        }
    }

    private static Task<IReadOnlyList<string>> ShardsAsync(ClaimTrackApp node)
    {
        var daemon = node.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
        return Task.FromResult<IReadOnlyList<string>>([.. daemon.CurrentAgents().Select(agent => agent.Name.Identity)]);
    }
}
