using System.Diagnostics;
using System.Text;
using ClaimTrack.Web.Infrastructure.Postgres;

namespace ClaimTrack.IntegrationTests.Support;

/// <summary>
/// An app node as a process of its own with a home folder of its own: another machine, as far as anything kept on the
/// machine goes (Data Protection's default key folder is under HOME, and every in-process test app shares the runner's).
/// </summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _home;
    private readonly StringBuilder _output = new();

    private NodeProcess(Process process, string home, Uri address) => (_process, _home, Address) = (process, home, address);

    public Uri Address { get; }

    public static async Task<NodeProcess> StartAsync(string connectionString)
    {
        var home = TestFolders.Create("claimtrack-node-home");
        var address = new Uri($"http://127.0.0.1:{PortCheck.Free()}");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ClaimTrack.Web.dll"), "--urls", address.ToString()])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["HOME"] = home;
        start.Environment["ConnectionStrings__ClaimTrack"] = connectionString;
        start.Environment["ClaimTrack__DemoNewsroom__Enabled"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var node = new NodeProcess(Process.Start(start)!, home, address);
        node._process.OutputDataReceived += (_, e) => node.Record(e.Data);
        node._process.ErrorDataReceived += (_, e) => node.Record(e.Data);
        node._process.BeginOutputReadLine();
        node._process.BeginErrorReadLine();
        await node.WaitUntilLiveAsync();
        return node;
    }

    private void Record(string? line)
    {
        lock (_output) _output.AppendLine(line);
    }

    private async Task WaitUntilLiveAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(10) };
        await Eventually.HoldsAsync(TimeSpan.FromSeconds(60), async () =>
        {
            if (_process.HasExited) throw new InvalidOperationException($"The node process stopped at start-up:\n{_output}");
            try { return (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).IsSuccessStatusCode; }
            catch (Exception problem) when (problem is HttpRequestException or TaskCanceledException) { return false; }
        }, "the node process answers /health/live");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        TestFolders.Delete(_home);
    }
}
