using Npgsql;

namespace ClaimTrack.Web.Infrastructure.Nodes;

/// <summary>
/// A check and the write it guards, done by one node at a time across every node on the database: a PostgreSQL
/// session lock on a connection of its own, held until the returned handle is disposed.
/// </summary>
public sealed class AdvisoryLocks(DedicatedConnections connections)
{
    public async Task<IAsyncDisposable> HoldAsync(long key, string purpose, CancellationToken ct = default)
    {
        var connection = await connections.OpenAsync(purpose, ct);
        try
        {
            await using var command = new NpgsqlCommand("select pg_advisory_lock($1)", connection) { Parameters = { new() { Value = key } } };
            await command.ExecuteNonQueryAsync(ct);
            // Closing the unpooled connection ends its session, and the lock with it.
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>As <see cref="HoldAsync"/>, without waiting: null when another node holds the lock now.</summary>
    public async Task<IAsyncDisposable?> TryHoldAsync(long key, string purpose, CancellationToken ct = default)
    {
        var connection = await connections.OpenAsync(purpose, ct);
        try
        {
            await using var command = new NpgsqlCommand("select pg_try_advisory_lock($1)", connection) { Parameters = { new() { Value = key } } };
            if (await command.ExecuteScalarAsync(ct) is true) return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        await connection.DisposeAsync();
        return null;
    }
}
