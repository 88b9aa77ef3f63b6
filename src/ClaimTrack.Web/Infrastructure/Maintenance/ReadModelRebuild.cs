using System.Diagnostics;
using ClaimTrack.Web.Infrastructure.Nodes;
using ClaimTrack.Web.Infrastructure.Postgres;
using ClaimTrack.Web.Infrastructure.Search;
using Marten;
using Npgsql;

namespace ClaimTrack.Web.Infrastructure.Maintenance;

/// <summary>
/// <c>ClaimTrack.Web rebuild-read-models</c>: every document projected from the claim stream (inline and async alike)
/// deleted and projected again from the events, by Marten's projection daemon. The events are the record; everything
/// else is derived, so a read model damaged by a bug, a hand edit or a half-applied migration is mended by replaying.
/// The search tables follow by themselves: their triggers refill them as the documents are written again.
/// </summary>
public static class ReadModelRebuild
{
    public const string Verb = "rebuild-read-models";

    // The demo newsroom rebuilds in seconds; a projection over 100,000 claims takes minutes, and Marten's default is five.
    private static readonly TimeSpan ShardTimeout = TimeSpan.FromMinutes(60);

    public static bool IsRequested(IEnumerable<string> args) => args.Contains(Verb, StringComparer.Ordinal);

    /// <returns>The process's exit code: 0 when every read model was rebuilt.</returns>
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken ct = default)
    {
        try
        {
            var store = (DocumentStore)services.GetRequiredService<IDocumentStore>();
            // Held until the end: a node that starts meanwhile waits at its start-up lock instead of reading half a rebuild.
            await using var held = await services.GetRequiredService<DedicatedConnections>().OpenAsync("read model rebuild", ct);
            await RunAsync(held, $"select pg_advisory_lock({StartupLock.Key}) is not null", ct);
            if (await RunAsync(held, RunningNodesSql, ct) is long and > 0 and var nodes)
            {
                await output.WriteLineAsync(
                    $"{nodes} ClaimTrack node(s) are running on this database: stop every node before rebuilding the read models (pages would show them half-built).");
                return 1;
            }

            await SchemaUpgrade.ApplyAsync(store, services.GetRequiredService<DedicatedConnections>(), services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ReadModelRebuild).FullName!), ct);
            await SearchTermsFill.FillAsync(store, services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ReadModelRebuild).FullName!), ct);
            using var daemon = await store.BuildProjectionDaemonAsync();
            foreach (var name in store.Options.Projections.All.Select(p => p.Name))
            {
                var clock = Stopwatch.StartNew();
                await daemon.RebuildProjectionAsync(name, ShardTimeout, ct);
                await output.WriteLineAsync($"Rebuilt {name} from the events in {clock.Elapsed.TotalSeconds:0.0} s.");
            }
            await output.WriteLineAsync("Every read model was rebuilt.");
            return 0;
        }
        // An operator's command: whatever stopped it (the database, a projection that throws, a timeout) is one sentence.
        catch (Exception problem) when (problem is not OperationCanceledException)
        {
            await output.WriteLineAsync(
                $"The rebuild stopped ({problem.Message}): run it again; a rebuild starts every read model from the first event.");
            return 1;
        }
        finally
        {
            // No web host was started, so nothing else stops the app's own cluster.
            if (services.GetService<EmbeddedPostgres>() is { } cluster) await cluster.StopAsync(CancellationToken.None);
        }
    }

    // The node channel's connection is open for as long as a node runs (and reopened when it drops).
    private static string RunningNodesSql =>
        "select count(*) from pg_stat_activity where datname = current_database() and application_name like " +
        $"'{DedicatedConnections.ApplicationNameFor(NodeChannel.ConnectionPurpose)} %'";

    private static async Task<object?> RunAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        // No timeout: a node's start-up (schema, demo newsroom) may hold the lock for longer than a query is usually allowed.
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        return await command.ExecuteScalarAsync(ct);
    }
}
