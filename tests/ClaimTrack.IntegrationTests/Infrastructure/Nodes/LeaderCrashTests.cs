using System.Net.Sockets;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims.ReadModels;
using Marten.Events;
using Npgsql;

namespace ClaimTrack.IntegrationTests.Infrastructure.Nodes;

/// <summary>
/// Issue 14, in ./deploy/cluster.sh: the node running the async projections crashes (SIGKILL, no shutdown). The other
/// node takes them over, and every claimant's count is exact: each registration counted once, whether it was written
/// before the crash, while the leader went down, or after. Then Ctrl+C still stops what is left.
/// </summary>
public sealed class LeaderCrashTests
{
    // The claimant and topic summaries: one advisory lock each, held by the node that runs it.
    private const int AsyncProjections = 2;
    private static readonly TimeSpan Takeover = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task The_daemon_leader_killed_the_other_node_takes_over_and_the_claimant_counts_stay_right()
    {
        await using var cluster = await LoopbackCluster.StartAsync(new Dictionary<string, string> { ["ClaimTrack:DemoNewsroom:Enabled"] = "false" });
        await using var database = await StoreOnly.OpenAsync(cluster.ConnectionString);
        await Eventually.HoldsAsync(Takeover, async () => (await DaemonLocksAsync(cluster)).Values.Sum() == AsyncProjections,
            "each async projection has a node running it", Poll);
        await RegisterAsync(database, "Before Crash Person", 5);
        await Eventually.HoldsAsync(Takeover, async () => await ClaimCountAsync(database, "before-crash-person") == 5,
            "the leader counted the first claims", Poll);

        var leader = (await DaemonLocksAsync(cluster)).MaxBy(node => node.Value).Key;
        var survivor = leader == "a" ? "b" : "a";
        await RegisterAsync(database, "Takeover Person", 10);
        cluster.Kill(leader);   // while the leader is likely still applying those ten
        await RegisterAsync(database, "Takeover Person", 10);

        await Eventually.HoldsAsync(Takeover, async () => (await DaemonLocksAsync(cluster)).GetValueOrDefault(survivor) == AsyncProjections,
            $"node {survivor} took over every async projection from node {leader}\n{cluster.Output}", Poll);
        await database.Store.WaitForNonStaleProjectionDataAsync(Takeover);
        (await ClaimCountAsync(database, "before-crash-person")).ShouldBe(5, "nothing counted twice after the takeover");
        (await ClaimCountAsync(database, "takeover-person")).ShouldBe(20, "nothing lost, nothing counted twice, across the crash");

        // The crash left cluster.sh running for the survivor; Ctrl+C stops the survivor, nginx and PostgreSQL.
        (await cluster.StopAsync("INT")).ShouldBe(0, cluster.Output);
        foreach (var address in new[] { cluster.Site, cluster.NodeA, cluster.NodeB })
            (await AnswersAsync(address)).ShouldBeFalse($"{address} still answers after cluster.sh stopped");
        File.Exists(cluster.PostgresPidFile).ShouldBeFalse("cluster.sh stopped PostgreSQL on the way out");
    }

    private static async Task RegisterAsync(StoreOnly database, string claimant, int claims)
    {
        for (var i = 0; i < claims; i++) await new ClaimStories(database.Writer).RegisterAsync(claimant);
    }

    private static async Task<int> ClaimCountAsync(StoreOnly database, string slug)
    {
        await using var session = database.Store.QuerySession();
        return (await session.LoadAsync<ClaimantSummary>(slug))?.ClaimCount ?? 0;
    }

    /// <summary>The daemon's advisory locks per node, told apart by the Application Name cluster.sh gives each.</summary>
    private static async Task<Dictionary<string, int>> DaemonLocksAsync(LoopbackCluster cluster)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select right(a.application_name, 1), count(*)::int from pg_locks l join pg_stat_activity a on a.pid = l.pid " +
            "where l.locktype = 'advisory' and l.granted and a.application_name like 'claimtrack node _' group by 1", connection);
        await using var rows = await command.ExecuteReaderAsync();
        var locks = new Dictionary<string, int>();
        while (await rows.ReadAsync()) locks[rows.GetString(0)] = rows.GetInt32(1);
        return locks;
    }

    private static async Task<bool> AnswersAsync(Uri address)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(address.Host, address.Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
