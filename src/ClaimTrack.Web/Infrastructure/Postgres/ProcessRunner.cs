using System.Diagnostics;

namespace ClaimTrack.Web.Infrastructure.Postgres;

/// <summary>Runs a PostgreSQL program, as the postgres system user when we are root (initdb and postgres refuse root).</summary>
internal sealed class ProcessRunner(bool asPostgresUser)
{
    public static bool IsRoot => Environment.UserName == "root";

    public async Task<(int ExitCode, string Output)> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken ct)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (asPostgresUser)
        {
            start.FileName = "runuser";
            foreach (var a in new[] { "-u", "postgres", "--", program }) start.ArgumentList.Add(a);
        }
        else start.FileName = program;
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // The server inherits nothing locale-specific from the app: messages and sorting stay predictable.
        start.Environment["LC_ALL"] = "C.UTF-8";

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var errors = process.StandardError.ReadToEndAsync(ct);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{Path.GetFileName(program)} did not finish within {timeout.TotalSeconds:0} seconds.");
        }
        return (process.ExitCode, (await output + await errors).Trim());
    }
}
