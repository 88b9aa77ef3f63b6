using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Infrastructure.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ClaimTrack.IntegrationTests.Infrastructure.Postgres;

/// <summary>
/// The app's cluster lets in only who has a password, kept in files only the server's OS user can read; the app works
/// as a role that owns its database but is no superuser; a cluster made by an older version, which trusted every
/// local user and kept everything as the superuser's, is brought under both on its next start.
/// </summary>
public sealed class ClusterPasswordTests : IDisposable
{
    private readonly string _folder = TestFolders.Create("claimtrack-password");
    private string DataFolder => Path.Combine(_folder, "data");

    private EmbeddedPostgresOptions Options(int? port = null) =>
        new() { DataFolder = DataFolder, Port = port ?? PortCheck.Free(), Database = "newsroom", Throwaway = true };

    [Fact]
    public async Task A_connection_without_the_password_or_with_a_wrong_one_is_refused()
    {
        await using var cluster = await EmbeddedPostgres.StartAsync(Options(), NullLogger.Instance);

        await ShouldBeLockedOutAsync(cluster.ConnectionString);
        await ShouldBeLockedOutAsync(Superuser(cluster));
        (await ScalarAsync(cluster.ConnectionString, "select current_user")).ShouldBe("claimtrack");
        (await ScalarAsync(Superuser(cluster), "select current_user")).ShouldBe("postgres");
    }

    [Fact]
    public async Task The_app_works_as_the_owner_of_its_database_who_cannot_run_programs_on_the_server()
    {
        await using var cluster = await EmbeddedPostgres.StartAsync(Options(), NullLogger.Instance);

        (await ScalarAsync(cluster.ConnectionString, "select pg_get_userbyid(datdba) from pg_database where datname = current_database()")).ShouldBe("claimtrack");
        // What Marten does at start-up: its own tables and functions, and a trusted extension.
        await ScalarAsync(cluster.ConnectionString, "create extension if not exists pg_trgm; create table notes(text text); create function shout(text) returns text language sql as 'select upper($1)'; select 1");
        (await Should.ThrowAsync<PostgresException>(() => ScalarAsync(cluster.ConnectionString, "copy (select 1) to program 'true'")))
            .SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
        (await Should.ThrowAsync<PostgresException>(() => ScalarAsync(cluster.ConnectionString, "select pg_read_file('PG_VERSION')")))
            .SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
    }

    [Fact]
    public async Task The_password_files_are_readable_by_the_server_user_only()
    {
        await using var cluster = await EmbeddedPostgres.StartAsync(Options(), NullLogger.Instance);

        cluster.SuperuserPasswordFile.ShouldBe(Path.Combine(DataFolder, "postgres.password"));
        cluster.AppPasswordFile.ShouldBe(Path.Combine(DataFolder, "claimtrack.password"));
        foreach (var file in new[] { cluster.SuperuserPasswordFile, cluster.AppPasswordFile })
        {
            new FileInfo(file).UnixFileMode.ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite, file);
            (await OwnerOfAsync(file)).ShouldBe(ProcessRunner.IsRoot ? "postgres" : Environment.UserName, file);
        }
        new NpgsqlConnectionStringBuilder(cluster.ConnectionString).Password.ShouldBe(await ReadAsync(cluster.AppPasswordFile));
    }

    [Fact]
    public async Task A_cluster_made_by_an_older_version_that_trusted_everyone_is_brought_under_the_password()
    {
        var port = PortCheck.Free();
        await MakeOldClusterAsync(port, """
            create table notes(id serial primary key, text text);
            insert into notes(text) values ('kept');
            create schema archive;
            create table archive.old_notes(id bigint generated always as identity, text text);
            create sequence hilo;
            create view note_texts as select text from notes;
            create function shout(text) returns text language sql as 'select upper($1)';
            """);

        await using (var migrated = await EmbeddedPostgres.StartAsync(Options(port), NullLogger.Instance))
        {
            await ShouldBeLockedOutAsync(migrated.ConnectionString);
            await ShouldBeLockedOutAsync(Superuser(migrated));
            (await ScalarAsync(Superuser(migrated), "select count(*) from pg_hba_file_rules where auth_method = 'trust'")).ShouldBe(0L);
            // The app's role now owns what the superuser made, so Marten can change its tables and functions.
            (await ScalarAsync(migrated.ConnectionString, """
                alter table notes add column checked boolean;
                alter table archive.old_notes add column checked boolean;
                insert into notes(text) values ('added');
                alter sequence hilo increment by 2;
                create or replace view note_texts as select text, checked from notes;
                create or replace function shout(text) returns text language sql as 'select upper($1) || ''!''';
                select string_agg(shout(text), ' ' order by id) from notes
                """)).ShouldBe("KEPT! ADDED!");
        }

        // The next start reads the passwords it made, and asks no one to change anything.
        await using var restarted = await EmbeddedPostgres.StartAsync(Options(port), NullLogger.Instance);
        await ShouldBeLockedOutAsync(Superuser(restarted));
        (await ScalarAsync(restarted.ConnectionString, "select count(*) from notes")).ShouldBe(2L);
    }

    // What ClaimTrack before this version left: initdb --auth=trust, the database and its tables made as the superuser.
    private async Task MakeOldClusterAsync(int port, string sql)
    {
        var ct = TestContext.Current.CancellationToken;
        var runner = new ProcessRunner(ProcessRunner.IsRoot);
        var binaries = PostgresBinaries.Locate(null);
        await DataFolders.PrepareAsync(DataFolder, runner, ct);
        await RunAsync(runner, binaries.InitDb, ["-D", DataFolder, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
        await RunAsync(runner, binaries.PgCtl, ["start", "-w", "-D", DataFolder, "-l", Path.Combine(DataFolder, "server.log"), "-o", $"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"]);
        try
        {
            var trusted = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = "postgres", Database = "postgres", Pooling = false };
            await ScalarAsync(trusted.ConnectionString, "create database newsroom");
            trusted.Database = "newsroom";
            await ScalarAsync(trusted.ConnectionString, sql);
        }
        finally
        {
            await RunAsync(runner, binaries.PgCtl, ["stop", "-w", "-m", "fast", "-D", DataFolder]);
        }

        async Task RunAsync(ProcessRunner r, string program, string[] arguments)
        {
            var (exitCode, output) = await r.RunAsync(program, arguments, TimeSpan.FromMinutes(2), ct);
            exitCode.ShouldBe(0, output);
        }
    }

    private static string Superuser(EmbeddedPostgres cluster) => new NpgsqlConnectionStringBuilder(cluster.ConnectionString)
    {
        Username = "postgres",
        Password = File.ReadAllText(cluster.SuperuserPasswordFile),
    }.ConnectionString;

    private static async Task ShouldBeLockedOutAsync(string connectionString)
    {
        var withoutPassword = new NpgsqlConnectionStringBuilder(connectionString) { Password = null };
        (await Should.ThrowAsync<NpgsqlException>(() => ScalarAsync(withoutPassword.ConnectionString, "select 1")))
            .Message.ShouldContain("No password has been provided but the backend requires one");

        var wrongPassword = new NpgsqlConnectionStringBuilder(connectionString) { Password = "newsroom-demo-2015" };
        (await Should.ThrowAsync<PostgresException>(() => ScalarAsync(wrongPassword.ConnectionString, "select 1")))
            .SqlState.ShouldBe(PostgresErrorCodes.InvalidPassword);
    }

    private static async Task<string> ReadAsync(string file) => (await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken)).Trim();

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
