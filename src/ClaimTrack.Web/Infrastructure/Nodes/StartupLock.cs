using Npgsql;

namespace ClaimTrack.Web.Infrastructure.Nodes;

/// <summary>
/// Start-up work (the schema, the demo newsroom, the first accounts, the first Data Protection key) runs on one node
/// at a time: two nodes starting together would both find an empty database and both fill it. The lock is taken before
/// any hosted service starts and released once all have started, so the second node finds the work done.
/// </summary>
internal sealed class StartupLock(DedicatedConnections connections, ILogger<StartupLock> logger) : IHostedLifecycleService
{
    /// <summary>Any number no other advisory lock on this database uses (Marten's schema and daemon locks are in the thousands).</summary>
    public const long Key = 2015_12_06_0001;

    private NpgsqlConnection? _held;

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var connection = await connections.OpenAsync("start-up lock", cancellationToken);
        try
        {
            if (!await RunAsync(connection, "select pg_try_advisory_lock($1)", cancellationToken))
            {
                logger.LogInformation("Another node is starting on this database; this one waits until it has.");
                await RunAsync(connection, "select pg_advisory_lock($1) is not null", cancellationToken);
            }
            _held = connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => ReleaseAsync();

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // A start that failed half-way stops the host without StartedAsync: the lock still goes.
    public Task StopAsync(CancellationToken cancellationToken) => ReleaseAsync();

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task ReleaseAsync()
    {
        if (Interlocked.Exchange(ref _held, null) is not { } connection) return;
        // Closing the unpooled connection ends its session, and the session's locks with it.
        await connection.DisposeAsync();
    }

    private static async Task<bool> RunAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        // No timeout: the other node's start (schema, demo newsroom) may take longer than a query is usually allowed.
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0, Parameters = { new() { Value = Key } } };
        return await command.ExecuteScalarAsync(ct) is true;
    }
}
