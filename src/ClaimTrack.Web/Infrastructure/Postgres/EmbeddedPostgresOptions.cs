namespace ClaimTrack.Web.Infrastructure.Postgres;

/// <summary>Settings of the PostgreSQL cluster the app owns when no connection string is configured.</summary>
public sealed class EmbeddedPostgresOptions
{
    public const string Section = "ClaimTrack:Postgres";

    /// <summary>Folder holding initdb, pg_ctl and postgres; null = look on PATH, then under /usr/lib/postgresql/*/bin.</summary>
    public string? BinariesFolder { get; set; }

    /// <summary>Where the cluster lives; null = a default the postgres user can reach (see <see cref="DefaultDataFolder"/>).</summary>
    public string? DataFolder { get; set; }

    public int Port { get; set; } = 5544;
    public string Database { get; set; } = "claimtrack";

    /// <summary>For test clusters only: trades crash safety for speed (fsync and synchronous commit off).</summary>
    public bool Throwaway { get; set; }

    public string ResolvedDataFolder => DataFolder ?? DefaultDataFolder();

    // As root the server runs as the postgres user, which cannot enter /root: so the default lives under /var/lib.
    public static string DefaultDataFolder()
    {
        if (Environment.UserName == "root") return "/var/lib/claimtrack/postgres";
        var dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        if (string.IsNullOrEmpty(dataHome))
            dataHome = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(dataHome, "claimtrack", "postgres");
    }
}

/// <summary>The cluster cannot start. The message is one plain sentence naming the cause and the fix.</summary>
public sealed class EmbeddedPostgresException(string message, Exception? inner = null) : Exception(message, inner);
