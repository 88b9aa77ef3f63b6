using System.Diagnostics;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Infrastructure.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ClaimTrack.IntegrationTests.Infrastructure.Postgres;

/// <summary>
/// One app per data folder: a second one stops with a sentence naming the first and leaves it running, while a cluster
/// left behind by an app that died is still taken over.
/// </summary>
public sealed class ClusterLockTests : IAsyncDisposable
{
    private readonly string _folder = TestFolders.Create("claimtrack-lock");
    private string DataFolder => Path.Combine(_folder, "data");

    private EmbeddedPostgresOptions Options(int port) => new() { DataFolder = DataFolder, Port = port, Database = "newsroom", Throwaway = true };

    [Fact]
    public async Task A_second_cluster_on_the_same_folder_is_refused_by_name_and_the_first_keeps_answering()
    {
        var port = PortCheck.Free();
        await using (var first = await EmbeddedPostgres.StartAsync(Options(port), NullLogger.Instance))
        {
            var second = () => EmbeddedPostgres.StartAsync(Options(PortCheck.Free()), NullLogger.Instance);

            (await second.ShouldThrowAsync<EmbeddedPostgresException>()).Message.ShouldBe(
                $"The database in {DataFolder} is already used by another ClaimTrack (process {Environment.ProcessId}, PostgreSQL on port {port}): stop it first, or set ClaimTrack:Postgres:DataFolder to another folder.");
            (await ScalarAsync(first.ConnectionString, "select 'still here'")).ShouldBe("still here");
        }

        await using var next = await EmbeddedPostgres.StartAsync(Options(PortCheck.Free()), NullLogger.Instance);
        (await ScalarAsync(next.ConnectionString, "select 'up'")).ShouldBe("up");
    }

    [Fact]
    public async Task A_second_app_stops_with_one_sentence_and_a_killed_app_leaves_a_cluster_the_next_start_takes_over()
    {
        var port = PortCheck.Free();
        using var first = StartApp(port);
        var running = new TaskCompletionSource();
        first.OutputDataReceived += (_, line) => { if (line.Data?.Contains("PostgreSQL is running on", StringComparison.Ordinal) == true) running.TrySetResult(); };
        first.BeginOutputReadLine();
        first.BeginErrorReadLine();
        try
        {
            await running.Task.WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);

            using var second = StartApp(PortCheck.Free());
            string errors;
            // A second app that does not stop (it took the cluster over) fails the test rather than hanging it.
            using (var refusal = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken))
            {
                refusal.CancelAfter(TimeSpan.FromMinutes(2));
                try
                {
                    errors = await second.StandardError.ReadToEndAsync(refusal.Token);
                    await second.WaitForExitAsync(refusal.Token);
                }
                finally
                {
                    if (!second.HasExited) second.Kill();
                }
            }
            second.ExitCode.ShouldBe(1);
            errors.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldHaveSingleItem().ShouldBe(
                $"ClaimTrack could not start: The database in {DataFolder} is already used by another ClaimTrack (process {first.Id}, PostgreSQL on port {port}): stop it first, or set ClaimTrack:Postgres:DataFolder to another folder.");
            first.HasExited.ShouldBeFalse();
            (await ScalarAsync(ConnectionStringOf(port), "select 'still here'")).ShouldBe("still here");

            // kill -9: the app cannot stop its server, and the operating system drops its lock.
            first.Kill();
            await first.WaitForExitAsync(TestContext.Current.CancellationToken);
            await using var next = await EmbeddedPostgres.StartAsync(Options(port), NullLogger.Instance);
            (await ScalarAsync(next.ConnectionString, "select 'taken over'")).ShouldBe("taken over");
        }
        finally
        {
            if (!first.HasExited) first.Kill();
        }
    }

    private Process StartApp(int postgresPort)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ClaimTrack.Web.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ClaimTrack__Postgres__DataFolder"] = DataFolder;
        start.Environment["ClaimTrack__Postgres__Port"] = postgresPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["ClaimTrack__DemoNewsroom__Enabled"] = "false";
        start.Environment["ConnectionStrings__ClaimTrack"] = "";
        return Process.Start(start)!;
    }

    // The first app's own connection, as the app builds it from the password in the data folder.
    private string ConnectionStringOf(int port) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = port,
        Username = "postgres",
        Password = File.ReadAllText(Path.Combine(DataFolder, "postgres.password")),
        Database = "claimtrack",
    }.ConnectionString;

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    public async ValueTask DisposeAsync()
    {
        // A failed test may leave the killed app's server behind: stop it as the app would have.
        if (File.Exists(Path.Combine(DataFolder, "postmaster.pid")))
            await new ProcessRunner(ProcessRunner.IsRoot).RunAsync(PostgresBinaries.Locate(null).PgCtl, ["stop", "-m", "immediate", "-D", DataFolder], TimeSpan.FromSeconds(30), default);
        TestFolders.Delete(_folder);
    }
}
