namespace ClaimTrack.Web.Infrastructure.Postgres;

/// <summary>Where the PostgreSQL server programs are. Pure lookup over given places, so tests can aim it anywhere.</summary>
public sealed record PostgresBinaries(string Folder)
{
    public string InitDb => Path.Combine(Folder, "initdb");
    public string PgCtl => Path.Combine(Folder, "pg_ctl");

    public const string MissingMessage =
        "PostgreSQL server binaries (initdb, pg_ctl) were not found on PATH or under /usr/lib/postgresql/*/bin: " +
        "install them with 'apt-get install postgresql', set ClaimTrack:Postgres:BinariesFolder to their folder, " +
        "or set ConnectionStrings:ClaimTrack to use an existing PostgreSQL server.";

    /// <summary>The configured folder wins; then PATH; then the newest version under the search roots.</summary>
    public static PostgresBinaries Locate(string? configuredFolder, string? pathVariable, IEnumerable<string> searchRoots)
    {
        if (!string.IsNullOrWhiteSpace(configuredFolder))
        {
            return HasServer(configuredFolder)
                ? new PostgresBinaries(configuredFolder)
                : throw new EmbeddedPostgresException(
                    $"ClaimTrack:Postgres:BinariesFolder is '{configuredFolder}', which holds no initdb and pg_ctl: point it at PostgreSQL's bin folder, or install the server with 'apt-get install postgresql'.");
        }

        var candidates = (pathVariable ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(searchRoots.Where(Directory.Exists)
                .SelectMany(root => Directory.GetDirectories(root))
                .OrderByDescending(VersionOf)
                .Select(version => Path.Combine(version, "bin")));
        var folder = candidates.FirstOrDefault(HasServer);
        return folder is null ? throw new EmbeddedPostgresException(MissingMessage) : new PostgresBinaries(folder);
    }

    public static PostgresBinaries Locate(string? configuredFolder) =>
        Locate(configuredFolder, Environment.GetEnvironmentVariable("PATH"), ["/usr/lib/postgresql"]);

    private static bool HasServer(string folder) =>
        File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl"));

    private static double VersionOf(string folder) =>
        double.TryParse(Path.GetFileName(folder), System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : 0;
}
