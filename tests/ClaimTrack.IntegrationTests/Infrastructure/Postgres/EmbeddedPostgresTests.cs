using System.Net;
using System.Net.Sockets;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Infrastructure.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ClaimTrack.IntegrationTests.Infrastructure.Postgres;

/// <summary>The app's own cluster, started and stopped for real in folders of the tests' own.</summary>
public sealed class EmbeddedPostgresTests : IDisposable
{
    private readonly string _folder = TestFolders.Create("claimtrack-cluster");

    private EmbeddedPostgresOptions Options(int? port = null) => new()
    {
        DataFolder = Path.Combine(_folder, "data"),
        Port = port ?? FreePort(),
        Database = "newsroom",
        Throwaway = true,
    };

    [Fact]
    public async Task First_start_creates_the_cluster_and_the_database_and_accepts_connections()
    {
        await using var cluster = await EmbeddedPostgres.StartAsync(Options(), NullLogger.Instance);

        File.Exists(Path.Combine(cluster.DataFolder, "PG_VERSION")).ShouldBeTrue();
        (await ScalarAsync(cluster.ConnectionString, "select current_database()")).ShouldBe("newsroom");
        // Large documents and events are compressed with lz4, a fraction of pglz's CPU time when writing.
        (await ScalarAsync(cluster.ConnectionString, "show default_toast_compression")).ShouldBe("lz4");
    }

    [Fact]
    public async Task A_restart_on_the_same_folder_keeps_what_was_saved()
    {
        var options = Options();
        await using (var first = await EmbeddedPostgres.StartAsync(options, NullLogger.Instance))
        {
            await ScalarAsync(first.ConnectionString, "create table notes(text text); insert into notes values ('kept'); select 1");
        }

        await using var second = await EmbeddedPostgres.StartAsync(options, NullLogger.Instance);
        (await ScalarAsync(second.ConnectionString, "select text from notes")).ShouldBe("kept");
    }

    [Fact]
    public async Task A_port_in_use_stops_start_up_with_a_plain_sentence()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            var start = () => EmbeddedPostgres.StartAsync(Options(port), NullLogger.Instance);

            var problem = await start.ShouldThrowAsync<EmbeddedPostgresException>();
            problem.Message.ShouldBe(
                $"Port {port} on 127.0.0.1 is already in use by another program: set ClaimTrack:Postgres:Port to a free port, stop that program, or set ConnectionStrings:ClaimTrack to use an existing PostgreSQL server.");
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public async Task A_data_folder_that_is_a_file_is_refused_plainly()
    {
        var file = Path.Combine(_folder, "data");
        await File.WriteAllTextAsync(file, "not a folder", TestContext.Current.CancellationToken);

        var start = () => EmbeddedPostgres.StartAsync(Options(), NullLogger.Instance);

        (await start.ShouldThrowAsync<EmbeddedPostgresException>()).Message.ShouldStartWith($"The PostgreSQL data folder {file} is a file, not a folder: set ClaimTrack:Postgres:DataFolder");
    }

    [Fact]
    public async Task A_data_folder_holding_something_else_is_refused_plainly()
    {
        var folder = Path.Combine(_folder, "data");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "holiday.jpg"), "", TestContext.Current.CancellationToken);

        var start = () => EmbeddedPostgres.StartAsync(Options(), NullLogger.Instance);

        (await start.ShouldThrowAsync<EmbeddedPostgresException>()).Message.ShouldContain("is not empty and holds no PostgreSQL cluster");
        File.Exists(Path.Combine(folder, "holiday.jpg")).ShouldBeTrue();
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    public void Dispose() => TestFolders.Delete(_folder);
}
