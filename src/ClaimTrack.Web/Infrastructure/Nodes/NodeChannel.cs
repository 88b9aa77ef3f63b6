using Npgsql;

namespace ClaimTrack.Web.Infrastructure.Nodes;

/// <summary>
/// Listens to the node channel on a connection of its own, hands each message to the handler of its topic, and
/// reconnects by itself (waiting longer after each failure) when the connection or the server goes away. Each time it
/// opens, handlers are told that they may have missed messages.
/// </summary>
internal sealed class NodeChannel(
    DedicatedConnections connections, NodeBroadcast broadcast, IEnumerable<INodeMessageHandler> handlers, ILogger<NodeChannel> logger)
    : IHostedService, IDisposable
{
    /// <summary>Names the channel's connection in pg_stat_activity, where the read-model rebuild looks for running nodes.</summary>
    public const string ConnectionPurpose = "node channel";

    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(10);

    private readonly Dictionary<string, INodeMessageHandler> _handlers = handlers.ToDictionary(h => h.Topic);
    private readonly CancellationTokenSource _stopping = new();
    private Task? _listening;

    private int _openings;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // The first opening is awaited: a node listens before it serves its first page.
        var first = await TryOpenAsync(cancellationToken);
        _listening = Task.Run(() => ListenAsync(first, _stopping.Token), CancellationToken.None);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        if (_listening is not null) await _listening.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task ListenAsync(NpgsqlConnection? connection, CancellationToken stopping)
    {
        var retry = FirstRetry;
        while (!stopping.IsCancellationRequested)
        {
            if (connection is null)
            {
                try { await Task.Delay(retry, stopping); }
                catch (OperationCanceledException) { return; }
                retry = TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, LongestRetry.Ticks));
                connection = await TryOpenAsync(stopping);
                continue;
            }

            retry = FirstRetry;
            await using (connection) await PumpAsync(connection, stopping);
            connection = null;
        }
    }

    /// <returns>A connection listening on the channel, after every handler dropped what it might have missed; null on failure.</returns>
    private async Task<NpgsqlConnection?> TryOpenAsync(CancellationToken ct)
    {
        NpgsqlConnection? connection = null;
        try
        {
            connection = await connections.OpenAsync($"{ConnectionPurpose} {broadcast.NodeId}", ct);
            await using (var listen = new NpgsqlCommand($"listen {NodeBroadcast.Channel}", connection)) await listen.ExecuteNonQueryAsync(ct);
            foreach (var handler in _handlers.Values) await handler.ChannelOpenedAsync(ct);
            if (++_openings > 1) logger.LogInformation("The node channel is open again; cached copies were dropped.");
            return connection;
        }
        catch (Exception problem)
        {
            // Whatever went wrong (server down, refused, cancelled), the loop tries again later or stops with the app.
            if (connection is not null) await connection.DisposeAsync();
            if (!ct.IsCancellationRequested) logger.LogWarning("The node channel could not open ({Problem}); retrying.", problem.Message);
            return null;
        }
    }

    private async Task PumpAsync(NpgsqlConnection connection, CancellationToken stopping)
    {
        // Notifications are raised inside WaitAsync; they are handled after it returns, where handlers may await.
        var arrived = new Queue<string>();
        connection.Notification += (_, e) => arrived.Enqueue(e.Payload);
        try
        {
            while (true)
            {
                await connection.WaitAsync(stopping);
                while (arrived.TryDequeue(out var payload)) await DispatchAsync(payload, stopping);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested) { }
        catch (Exception problem)
        {
            logger.LogWarning("The node channel closed ({Problem}); reconnecting.", problem.Message);
        }
    }

    private async Task DispatchAsync(string payload, CancellationToken ct)
    {
        if (broadcast.FromAnotherNode(payload) is not var (topic, message)) return;
        if (!_handlers.TryGetValue(topic, out var handler)) return;
        try { await handler.ReceivedAsync(message, ct); }
        catch (Exception problem) when (problem is not OperationCanceledException)
        {
            // One bad message must not close the channel for every later one.
            logger.LogError(problem, "The node channel's handler for {Topic} failed.", topic);
        }
    }

    // A host disposed without being stopped still ends the loop. The token source is never disposed: the loop may
    // still be reading its token, and a source without timers holds nothing that needs releasing.
    public void Dispose()
    {
        if (!_stopping.IsCancellationRequested) _stopping.Cancel();
    }
}
