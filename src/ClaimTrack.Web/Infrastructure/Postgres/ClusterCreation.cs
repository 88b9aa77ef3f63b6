namespace ClaimTrack.Web.Infrastructure.Postgres;

/// <summary>Runs initdb: a new cluster whose superuser has a random password, asked of every connection.</summary>
internal static class ClusterCreation
{
    public static async Task RunAsync(PostgresBinaries binaries, ProcessRunner runner, string dataFolder, CancellationToken ct)
    {
        // initdb wants an empty folder, so it reads the password from a copy of its own, kept only while it runs.
        var password = ClusterPassword.New();
        var passwordForInitDb = Path.Combine(Path.GetTempPath(), $"claimtrack-initdb-{Guid.NewGuid():N}");
        int exitCode;
        string output;
        try
        {
            await ClusterPassword.WriteOwnerOnlyAsync(passwordForInitDb, password, ct);
            (exitCode, output) = await runner.RunAsync(binaries.InitDb,
                ["-D", dataFolder, "-U", "postgres", "--auth=scram-sha-256", "--pwfile", passwordForInitDb, "-E", "UTF8", "--locale=C.UTF-8"],
                TimeSpan.FromSeconds(120), ct);
        }
        finally
        {
            File.Delete(passwordForInitDb);
        }
        if (exitCode != 0)
            throw new EmbeddedPostgresException(
                $"initdb could not create a cluster in {dataFolder} ({LastLine(output)}): choose another ClaimTrack:Postgres:DataFolder or fix its permissions.");
        await ClusterPassword.WriteOwnerOnlyAsync(ClusterPassword.FileIn(dataFolder), password, ct);
    }

    private static string LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "no output";
}
