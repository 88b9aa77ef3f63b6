using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Infrastructure.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ClaimTrack.IntegrationTests.Infrastructure.Postgres;

/// <summary>
/// The app's cluster lets in only who has its password, kept in a file only the server's OS user can read; a cluster
/// made by an older version, which trusted every local user, is brought under the password on its next start.
/// </summary>
public sealed class ClusterPasswordTests : IDisposable
{
    private readonly string _folder = TestFolders.Create("claimtrack-password");
    private string DataFolder => Path.Combine(_folder, "data");

    private EmbeddedPostgresOptions Options() => new() { DataFolder = DataFolder, Port = PortCheck.Free(), Database = "newsroom", Throwaway = true };

    [Fact]
    public async Task A_connection_without_the_password_or_with_a_wrong_one_is_refused()
    {
        await using var cluster = await EmbeddedPostgres.StartAsync(Options(), NullLogger.Instance);

        await ShouldBeLockedOutAsync(cluster);
        (await ScalarAsync(cluster.ConnectionString, "select current_user")).ShouldBe("postgres");
    }

    [Fact]
    public async Task The_password_file_is_readable_by_the_server_user_only()
    {
        await using var cluster = await EmbeddedPostgres.StartAsync(Options(), NullLogger.Instance);

        cluster.PasswordFile.ShouldBe(Path.Combine(DataFolder, "claimtrack.password"));
        new FileInfo(cluster.PasswordFile).UnixFileMode.ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        (await OwnerOfAsync(cluster.PasswordFile)).ShouldBe(ProcessRunner.IsRoot ? "postgres" : Environment.UserName);
        new NpgsqlConnectionStringBuilder(cluster.ConnectionString).Password.ShouldBe((await File.ReadAllTextAsync(cluster.PasswordFile, TestContext.Current.CancellationToken)).Trim());
    }

    [Fact]
    public async Task A_cluster_made_by_an_older_version_that_trusted_everyone_is_brought_under_the_password()
    {
        await DataFolders.PrepareAsync(DataFolder, new ProcessRunner(ProcessRunner.IsRoot), TestContext.Current.CancellationToken);
        var (exitCode, output) = await new ProcessRunner(ProcessRunner.IsRoot).RunAsync(PostgresBinaries.Locate(null).InitDb,
            ["-D", DataFolder, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"], TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        exitCode.ShouldBe(0, output);

        await using (var migrated = await EmbeddedPostgres.StartAsync(Options(), NullLogger.Instance))
        {
            File.Exists(migrated.PasswordFile).ShouldBeTrue();
            await ShouldBeLockedOutAsync(migrated);
            (await ScalarAsync(migrated.ConnectionString, "select count(*) from pg_hba_file_rules where auth_method = 'trust'")).ShouldBe(0L);
            await ScalarAsync(migrated.ConnectionString, "create table notes(text text); insert into notes values ('kept'); select 1");
        }

        // The next start reads the password it made, and asks no one to change anything.
        await using var restarted = await EmbeddedPostgres.StartAsync(Options(), NullLogger.Instance);
        await ShouldBeLockedOutAsync(restarted);
        (await ScalarAsync(restarted.ConnectionString, "select text from notes")).ShouldBe("kept");
    }

    private static async Task ShouldBeLockedOutAsync(EmbeddedPostgres cluster)
    {
        var withoutPassword = new NpgsqlConnectionStringBuilder(cluster.ConnectionString) { Password = null };
        (await Should.ThrowAsync<NpgsqlException>(() => ScalarAsync(withoutPassword.ConnectionString, "select 1")))
            .Message.ShouldContain("No password has been provided but the backend requires one");

        var wrongPassword = new NpgsqlConnectionStringBuilder(cluster.ConnectionString) { Password = "newsroom-demo-2015" };
        (await Should.ThrowAsync<PostgresException>(() => ScalarAsync(wrongPassword.ConnectionString, "select 1")))
            .SqlState.ShouldBe(PostgresErrorCodes.InvalidPassword);
    }

    private static async Task<string> OwnerOfAsync(string path)
    {
        var (exitCode, owner) = await new ProcessRunner(asPostgresUser: false).RunAsync("stat", ["-c", "%U", path], TimeSpan.FromSeconds(10), default);
        exitCode.ShouldBe(0, owner);
        return owner;
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
