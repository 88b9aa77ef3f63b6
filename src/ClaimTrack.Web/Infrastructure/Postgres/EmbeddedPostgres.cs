using Npgsql;

namespace ClaimTrack.Web.Infrastructure.Postgres;

/// <summary>
/// A PostgreSQL cluster owned by the app: created on first start (initdb), started on every start, stopped at the end.
/// Lets a newsroom run ClaimTrack with one command and no database administration.
/// </summary>
public sealed class EmbeddedPostgres : IAsyncDisposable
{
    private readonly PostgresBinaries _binaries;
    private readonly ProcessRunner _runner;
    private readonly ILogger _logger;
    private ClusterLock? _lock;
    private string? _password;
    private string? _appPassword;
    private int _stopped;

    private EmbeddedPostgres(EmbeddedPostgresOptions options, PostgresBinaries binaries, ILogger logger)
    {
        Options = options;
        DataFolder = options.ResolvedDataFolder;
        _binaries = binaries;
        _runner = new ProcessRunner(ProcessRunner.IsRoot);
        _logger = logger;
    }

    public EmbeddedPostgresOptions Options { get; }
    public string DataFolder { get; }
    public string LogFile => Path.Combine(DataFolder, "server.log");

    /// <summary>The superuser's password, for maintenance with psql; readable by the server's OS user only.</summary>
    public string SuperuserPasswordFile => ClusterPassword.FileIn(DataFolder);

    /// <summary>The password of the app's role, which every connection string handed out carries; owner-only too.</summary>
    public string AppPasswordFile => ClusterPassword.FileIn(DataFolder, AppRole.Name);
    public string ConnectionString => ConnectionStringFor(Options.Database);

    /// <summary>A connection as the app's own role, which owns the database but is no superuser.</summary>
    public string ConnectionStringFor(string database) => ConnectionStringAs(AppRole.Name, _appPassword, database);

    private string ConnectionStringAs(string role, string? password, string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Options.Port,
        Username = role,
        Password = password,
        Database = database,
        // Marten applies schema changes at start-up; building a full-text index over 100,000 claims takes longer than
        // Npgsql's default 30 seconds, and a start that fails half-way helps no one.
        CommandTimeout = 300,
    }.ConnectionString;

    // Start-up checks, roles and databases are the superuser's one-offs: unpooled, so a restarted server never meets a
    // dead pooled connection.
    private string AdminConnectionStringTo(string database) =>
        new NpgsqlConnectionStringBuilder(ConnectionStringAs(ClusterPassword.Superuser, _password, database)) { Pooling = false }.ConnectionString;

    private string AdminConnectionString => AdminConnectionStringTo("postgres");

    public static async Task<EmbeddedPostgres> StartAsync(EmbeddedPostgresOptions options, ILogger logger, CancellationToken ct = default)
    {
        var cluster = new EmbeddedPostgres(options, PostgresBinaries.Locate(options.BinariesFolder), logger);
        await cluster.StartAsync(ct);
        return cluster;
    }

    private async Task StartAsync(CancellationToken ct)
    {
        // A progress line for whoever watches a first start (deploy/run.sh): the wait that follows is otherwise silent.
        _logger.LogInformation("Starting PostgreSQL...");
        await DataFolders.PrepareAsync(DataFolder, _runner, ct);
        if (!File.Exists(Path.Combine(DataFolder, "PG_VERSION"))) await InitDbAsync(ct);

        // Taken once the cluster exists (initdb wants an empty folder), and before anything touches a running server.
        _lock = ClusterLock.Take(DataFolder, Options.Port);
        try
        {
            await StartLockedAsync(ct);
        }
        catch
        {
            _lock.Dispose();
            throw;
        }
        _logger.LogInformation("PostgreSQL is running on 127.0.0.1:{Port} with its data in {DataFolder}.", Options.Port, DataFolder);
    }

    private async Task StartLockedAsync(CancellationToken ct)
    {
        if (await IsRunningAsync(ct))
        {
            // Nobody holds the lock, so the app that started it is gone: take it over rather than fail.
            _logger.LogInformation("PostgreSQL in {DataFolder} was already running; restarting it for this app.", DataFolder);
            await StopServerAsync(ct);
        }

        var trusting = HostAuthentication.TrustsAnyone(await File.ReadAllTextAsync(Path.Combine(DataFolder, HostAuthentication.FileName), ct));
        _password = await ClusterPassword.ForStartAsync(DataFolder, trusting, ct);

        PortCheck.ThrowIfTaken(Options.Port);
        var (exitCode, output) = await _runner.RunAsync(_binaries.PgCtl,
            ["start", "-w", "-t", "60", "-D", DataFolder, "-l", LogFile, "-o", ServerOptions()], TimeSpan.FromSeconds(70), ct);
        if (exitCode != 0)
            throw new EmbeddedPostgresException(
                $"PostgreSQL did not start from {DataFolder} ({LastLine(ReadLog() ?? output)}): see {LogFile} for details, or set ConnectionStrings:ClaimTrack to use an existing server.");

        await WaitUntilAcceptingAsync(ct);
        if (trusting)
        {
            _logger.LogInformation("PostgreSQL in {DataFolder} trusted every local connection; it now asks for the password in {PasswordFile}.", DataFolder, SuperuserPasswordFile);
            await TrustMigration.RunAsync(DataFolder, AdminConnectionString, _password, ct);
        }
        _appPassword = await AppRole.EnsureAsync(AdminConnectionString, DataFolder, ct);
        await CreateDatabaseIfMissingAsync(Options.Database, ct);
    }

    private string ServerOptions()
    {
        // Loopback only and no Unix socket: the cluster is the app's, not the machine's. Documents and events larger than
        // 2 kB are compressed with lz4 instead of pglz: pglz took a quarter of all CPU time in a bulk load, and lz4
        // also reads back faster.
        var options = $"-p {Options.Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c default_toast_compression=lz4";
        return Options.Throwaway ? options + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off" : options;
    }

    private async Task InitDbAsync(CancellationToken ct)
    {
        _logger.LogInformation("Creating a PostgreSQL cluster in {DataFolder}.", DataFolder);
        await ClusterCreation.RunAsync(_binaries, _runner, DataFolder, ct);
    }

    private async Task<bool> IsRunningAsync(CancellationToken ct) =>
        File.Exists(Path.Combine(DataFolder, "postmaster.pid"))
        && (await _runner.RunAsync(_binaries.PgCtl, ["status", "-D", DataFolder], TimeSpan.FromSeconds(10), ct)).ExitCode == 0;

    private async Task WaitUntilAcceptingAsync(CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(AdminConnectionString);
                await connection.OpenAsync(ct);
                return;
            }
            catch (PostgresException refused) when (refused.SqlState == PostgresErrorCodes.InvalidPassword)
            {
                throw ClusterPassword.Refused(DataFolder, refused);
            }
            catch (NpgsqlException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, ct);
            }
            catch (NpgsqlException problem)
            {
                throw new EmbeddedPostgresException(
                    $"PostgreSQL started but does not accept connections on 127.0.0.1:{Options.Port}: see {LogFile}.", problem);
            }
        }
    }

    /// <summary>Creates the database, owned by the app's role; one made by an older version is handed over to it.</summary>
    public async Task CreateDatabaseIfMissingAsync(string database, CancellationToken ct = default)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync(ct);
        await using var owner = new NpgsqlCommand("select pg_get_userbyid(datdba) from pg_database where datname = @name", connection);
        owner.Parameters.AddWithValue("name", database);
        switch (await owner.ExecuteScalarAsync(ct))
        {
            case null:
                // Identifiers cannot be parameters; quoting with doubled quotes keeps any name safe.
                await using (var create = new NpgsqlCommand($"create database \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\" owner {AppRole.Name}", connection))
                    await create.ExecuteNonQueryAsync(ct);
                break;
            case string current when current != AppRole.Name:
                _logger.LogInformation("Handing the database {Database}, made by an older version, to the role {Role}.", database, AppRole.Name);
                await AppRole.HandOverAsync(AdminConnectionStringTo(database), database, ct);
                break;
        }
    }

    /// <summary>Stops the server; safe to call more than once.</summary>
    public async Task StopAsync(CancellationToken ct = default)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1) return;
        NpgsqlConnection.ClearAllPools();
        try
        {
            await StopServerAsync(ct);
        }
        finally
        {
            _lock?.Dispose();
        }
    }

    private async Task StopServerAsync(CancellationToken ct)
    {
        var (exitCode, output) = await _runner.RunAsync(_binaries.PgCtl, ["stop", "-w", "-m", "fast", "-D", DataFolder], TimeSpan.FromSeconds(60), ct);
        if (exitCode != 0) _logger.LogWarning("Stopping PostgreSQL in {DataFolder} failed: {Output}", DataFolder, output);
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private string? ReadLog()
    {
        try { return File.Exists(LogFile) ? File.ReadAllText(LogFile) : null; }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    private static string LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "no output";
}
