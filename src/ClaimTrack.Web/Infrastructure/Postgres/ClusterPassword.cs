using System.Security.Cryptography;

namespace ClaimTrack.Web.Infrastructure.Postgres;

/// <summary>
/// The passwords of the app's cluster, one per role (postgres, the superuser; claimtrack, the app's): random, made once,
/// kept in the data folder where only the server's OS user (and root) can read them. Without them any local user
/// could connect as the superuser, and a superuser can run programs as the server's OS user (COPY ... PROGRAM).
/// </summary>
internal static class ClusterPassword
{
    public const string Superuser = "postgres";

    public static string FileIn(string dataFolder, string role = Superuser) => Path.Combine(dataFolder, role + ".password");

    // 256 bits, in hex: nothing to quote in SQL, in a connection string or in a shell.
    public static string New() => RandomNumberGenerator.GetHexString(64, lowercase: true);

    /// <summary>
    /// The password the server asks for. A cluster that still trusts everyone (made by an older version, or opened up
    /// on purpose to reset a lost password) gets a new one, which the caller then sets.
    /// </summary>
    public static async Task<string> ForStartAsync(string dataFolder, bool serverTrusts, CancellationToken ct)
    {
        var file = FileIn(dataFolder);
        if (File.Exists(file) || serverTrusts) return await ReadOrCreateAsync(file, ct);
        throw new EmbeddedPostgresException($"PostgreSQL in {dataFolder} asks for a password, but {file} that holds it is missing: {ResetHint(dataFolder)}");
    }

    /// <summary>The password in the file, or a new one written there; the caller makes the server agree.</summary>
    public static async Task<string> ReadOrCreateAsync(string file, CancellationToken ct)
    {
        if (File.Exists(file)) return (await File.ReadAllTextAsync(file, ct)).Trim();
        var password = New();
        await WriteOwnerOnlyAsync(file, password, ct);
        return password;
    }

    public static EmbeddedPostgresException Refused(string dataFolder, Exception inner) =>
        new($"PostgreSQL in {dataFolder} refuses the password in {FileIn(dataFolder)}: {ResetHint(dataFolder)}", inner);

    private static string ResetHint(string dataFolder) =>
        $"restore that file from a backup, or change 'scram-sha-256' to 'trust' in {Path.Combine(dataFolder, HostAuthentication.FileName)} so that the next start sets a new password.";

    /// <summary>Writes a file readable by its owner only, from the first byte on; as root, owned by the postgres user.</summary>
    public static async Task WriteOwnerOnlyAsync(string path, string password, CancellationToken ct)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        await using (var file = new FileStream(path, options))
        await using (var writer = new StreamWriter(file))
            await writer.WriteAsync(password);

        // The server's OS user reads initdb's copy, and owns everything else in its data folder.
        if (!ProcessRunner.IsRoot) return;
        var (exitCode, output) = await new ProcessRunner(asPostgresUser: false)
            .RunAsync("chown", ["postgres:postgres", path], TimeSpan.FromSeconds(30), ct);
        if (exitCode != 0)
            throw new EmbeddedPostgresException($"The password file {path} cannot be handed to the postgres user ({output}): check that the user exists and the folder is writable.");
    }
}
