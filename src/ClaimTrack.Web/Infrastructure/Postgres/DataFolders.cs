namespace ClaimTrack.Web.Infrastructure.Postgres;

/// <summary>Makes sure the data folder can hold a cluster, or says in one sentence why it cannot.</summary>
internal static class DataFolders
{
    public static async Task PrepareAsync(string folder, ProcessRunner runner, CancellationToken ct)
    {
        if (File.Exists(folder))
            throw Unusable(folder, "is a file, not a folder");
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unusable(folder, "cannot be created (" + e.Message.TrimEnd('.') + ")", e);
        }

        var isCluster = File.Exists(Path.Combine(folder, "PG_VERSION"));
        if (!isCluster && Directory.EnumerateFileSystemEntries(folder).Any())
            throw Unusable(folder, "is not empty and holds no PostgreSQL cluster");

        // An existing cluster was written by the postgres user already; only a new one needs handing over.
        if (ProcessRunner.IsRoot && !isCluster) await HandToPostgresUserAsync(folder, ct);
        if (!isCluster && !OperatingSystem.IsWindows()) File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    // As root the server runs as the postgres user: it must own the folder and be able to walk every parent to it.
    private static async Task HandToPostgresUserAsync(string folder, CancellationToken ct)
    {
        if (OperatingSystem.IsWindows()) return;
        for (var parent = Directory.GetParent(Path.GetFullPath(folder)); parent is not null; parent = parent.Parent)
        {
            if ((File.GetUnixFileMode(parent.FullName) & UnixFileMode.OtherExecute) == 0)
                throw Unusable(folder, $"sits inside {parent.FullName}, which the postgres user cannot enter");
        }
        var (exitCode, output) = await new ProcessRunner(asPostgresUser: false)
            .RunAsync("chown", ["-R", "postgres:postgres", folder], TimeSpan.FromSeconds(60), ct);
        if (exitCode != 0) throw Unusable(folder, $"cannot be handed to the postgres user ({output})");
    }

    private static EmbeddedPostgresException Unusable(string folder, string why, Exception? inner = null) => new(
        $"The PostgreSQL data folder {folder} {why}: set ClaimTrack:Postgres:DataFolder to an empty folder the postgres user can reach (for example under /var/lib), or set ConnectionStrings:ClaimTrack to use an existing server.",
        inner);
}
