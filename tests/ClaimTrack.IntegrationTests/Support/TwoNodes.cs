using Npgsql;

namespace ClaimTrack.IntegrationTests.Support;

/// <summary>Two app nodes over one database, as two machines behind a load balancer would run them.</summary>
public sealed class TwoNodes(TestCluster cluster) : IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";
    public ClaimTrackApp A { get; private set; } = null!;
    public ClaimTrackApp B { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        ConnectionString = await cluster.CreateDatabaseAsync("nodes");
        A = new ClaimTrackApp(ConnectionString);
        _ = A.Services;
        B = new ClaimTrackApp(ConnectionString);
        _ = B.Services;
    }

    /// <summary>Runs one statement on a connection of the test's own (not a node's).</summary>
    public async Task<object?> SqlAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
    }
}
