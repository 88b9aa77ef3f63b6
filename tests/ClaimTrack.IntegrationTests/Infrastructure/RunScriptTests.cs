using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Infrastructure.Postgres;

namespace ClaimTrack.IntegrationTests.Infrastructure;

/// <summary>
/// Issue 14: ./deploy/run.sh runs the built app in its own place, so the signal an operator or a service manager sends
/// reaches the app, and the app stops its PostgreSQL cluster before it ends. With "dotnet run" in between, SIGTERM
/// ended the wrapper and left the app and its cluster running.
/// </summary>
public sealed class RunScriptTests
{
    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task A_signal_to_run_sh_stops_the_app_and_its_cluster(string signal)
    {
        var folder = TestFolders.Create("claimtrack-run");
        var data = Path.Combine(folder, "pg");
        var port = PortCheck.Free();
        using var script = Start(data, PortCheck.Free(), port);
        try
        {
            await WaitUntilAnsweringAsync(script, port);
            File.Exists(Path.Combine(data, "postmaster.pid")).ShouldBeTrue("the app's cluster runs while the app does");

            using (var kill = Process.Start("kill", [$"-{signal}", script.Id.ToString(CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();

            using var stopped = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            await Should.NotThrowAsync(() => script.WaitForExitAsync(stopped.Token), $"the app did not stop on SIG{signal}:\n{LastLines}");
            // pg_ctl stop -w removes postmaster.pid only once the server has shut down.
            File.Exists(Path.Combine(data, "postmaster.pid")).ShouldBeFalse("the app stopped its cluster on the way out");
        }
        finally
        {
            if (!script.HasExited) script.Kill(entireProcessTree: true);
            TestFolders.Delete(folder);
        }
    }

    private Process Start(string data, int postgresPort, int port)
    {
        // As a terminal starts it: a runner that was itself started in the background hands its children SIGINT
        // ignored, and an ignored signal stays ignored through exec (the app would then rightly not hear Ctrl+C).
        var start = new ProcessStartInfo("env", ["--default-signal=INT,TERM", "bash", "deploy/run.sh", "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["CLAIMTRACK_NO_INSTALL"] = "1";
        start.Environment["ClaimTrack__Postgres__DataFolder"] = data;
        start.Environment["ClaimTrack__Postgres__Port"] = postgresPort.ToString(CultureInfo.InvariantCulture);
        start.Environment["ClaimTrack__DemoNewsroom__Enabled"] = "false";
        var process = Process.Start(start)!;
        // Drained, or a full pipe would stall the app; the last lines explain a failure.
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private readonly ConcurrentQueue<string> _output = new();

    private void Keep(string? line)
    {
        if (line is null) return;
        _output.Enqueue(line);
        while (_output.Count > 40) _output.TryDequeue(out _);
    }

    private string LastLines => string.Join('\n', _output);

    // The script builds first (seconds when the test command has built already), then the cluster starts.
    private async Task WaitUntilAnsweringAsync(Process script, int port)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        await Eventually.HoldsAsync(TimeSpan.FromMinutes(4), async () =>
        {
            script.HasExited.ShouldBeFalse($"run.sh ended before the app answered:\n{LastLines}");
            try
            {
                return (await client.GetAsync(new Uri($"http://127.0.0.1:{port}/health/live"))).StatusCode == HttpStatusCode.OK;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                return false;
            }
        }, $"the app answers on port {port}", TimeSpan.FromMilliseconds(250));
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "ClaimTrack.sln"))) return folder.FullName;
        throw new InvalidOperationException("No ClaimTrack.sln above the test's folder.");
    }
}
