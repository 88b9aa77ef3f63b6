using Npgsql;

namespace ClaimTrack.Web.Infrastructure.Nodes;

/// <summary>
/// Connections of their own, outside Marten's pool: a LISTEN and a session lock belong to one connection for as long as
/// it lives, so a pooled connection (handed to the next request, or reset on return) would lose them.
/// </summary>
public sealed class DedicatedConnections(string connectionString)
{
    /// <summary>How pg_stat_activity names a connection opened for this purpose.</summary>
    public static string ApplicationNameFor(string purpose) => $"claimtrack {purpose}";

    /// <summary>Opens a connection no one else will use.</summary>
    /// <param name="purpose">Shown in pg_stat_activity's application_name, so an operator sees which node holds what.</param>
    /// <param name="ct">Cancels the opening.</param>
    /// <param name="commandTimeout">Seconds a command on it may take (0: no limit); the configured limit when null.</param>
    public async Task<NpgsqlConnection> OpenAsync(string purpose, CancellationToken ct, int? commandTimeout = null)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,
            ApplicationName = ApplicationNameFor(purpose),
            // An idle connection whose server went away (a failover, a cut network) is noticed within seconds, not hours.
            KeepAlive = 10,
        };
        if (commandTimeout is { } seconds) settings.CommandTimeout = seconds;
        var connection = new NpgsqlConnection(settings.ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
