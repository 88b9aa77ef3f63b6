using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Infrastructure.Postgres;
using Microsoft.Extensions.Logging.Abstractions;

[assembly: AssemblyFixture(typeof(TestCluster))]

namespace ClaimTrack.IntegrationTests.Support;

/// <summary>
/// One throwaway PostgreSQL cluster per test run, from the same component the app uses; each test class asks for a
/// database of its own, so classes never see each other's data.
/// </summary>
public sealed class TestCluster : IAsyncLifetime
{
    private EmbeddedPostgres? _cluster;
    private int _databases;

    public string Folder { get; } = TestFolders.Create("claimtrack-tests");

    public EmbeddedPostgres Cluster => _cluster ?? throw new InvalidOperationException("The test cluster has not started.");

    public async ValueTask InitializeAsync() => _cluster = await EmbeddedPostgres.StartAsync(
        new EmbeddedPostgresOptions
        {
            DataFolder = Path.Combine(Folder, "data"),
            Port = PortCheck.Free(),
            Database = "postgres",
            Throwaway = true,
        },
        NullLogger.Instance);

    /// <returns>A connection string to a new, empty database.</returns>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        var database = $"{name}_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}"[..40].ToLowerInvariant();
        await Cluster.CreateDatabaseIfMissingAsync(database);
        return Cluster.ConnectionStringFor(database);
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null) await _cluster.DisposeAsync();
        TestFolders.Delete(Folder);
    }
}

/// <summary>Temporary folders the postgres system user can reach (the tests may run as root; /tmp is open to it).</summary>
public static class TestFolders
{
    public static string Create(string prefix)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static void Delete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
        catch (UnauthorizedAccessException) { }
    }
}
