using System.Diagnostics;

namespace ClaimTrack.IntegrationTests.Support;

/// <summary>A command an operator runs (a script in deploy/, or the built app with a verb), run to its end.</summary>
public static class OperatorCommand
{
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "ClaimTrack.sln"))) return folder.FullName;
        throw new InvalidOperationException("No ClaimTrack.sln above the test's folder.");
    }

    /// <summary>deploy/db.sh with these arguments and settings (as environment variables, the way an operator sets them).</summary>
    public static Task<(int ExitCode, string Output)> DbScriptAsync(IReadOnlyDictionary<string, string> settings, params string[] args) =>
        RunAsync(new ProcessStartInfo("bash", ["deploy/db.sh", .. args]) { WorkingDirectory = RepositoryRoot() }, settings);

    /// <summary>The built app (the copy beside the tests) with a verb such as rebuild-read-models.</summary>
    public static Task<(int ExitCode, string Output)> AppAsync(IReadOnlyDictionary<string, string> settings, params string[] args) =>
        RunAsync(new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ClaimTrack.Web.dll"), .. args])
        {
            WorkingDirectory = AppContext.BaseDirectory,
        }, settings);

    private static async Task<(int ExitCode, string Output)> RunAsync(ProcessStartInfo start, IReadOnlyDictionary<string, string> settings)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.Environment["CLAIMTRACK_NO_INSTALL"] = "1";
        // libpq's own variables win over the settings in deploy/db.sh (as they should for an operator): one left in the
        // runner's environment (a PGPASSWORD exported for another cluster) must not reach the scripts under test.
        foreach (var name in new[] { "PGHOST", "PGPORT", "PGUSER", "PGPASSWORD", "PGDATABASE", "PGSSLMODE", "PGPASSFILE", "PGSERVICE" })
            start.Environment.Remove(name);
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not finish within 3 minutes.");
        }
        return (process.ExitCode, await output + await errors);
    }
}
