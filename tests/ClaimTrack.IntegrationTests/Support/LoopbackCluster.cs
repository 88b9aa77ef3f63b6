using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ClaimTrack.Web.Infrastructure.Postgres;
using Npgsql;

namespace ClaimTrack.IntegrationTests.Support;

/// <summary>
/// ./deploy/cluster.sh, run as an operator runs it: its own PostgreSQL, two nodes of the built app as processes of their
/// own and nginx in front, on free ports, in a folder of the test's. Settings reach both nodes through the environment.
/// </summary>
public sealed partial class LoopbackCluster : IAsyncDisposable
{
    private static readonly TimeSpan StartUp = TimeSpan.FromMinutes(4);
    private readonly Process _script;
    private readonly string _folder;
    private readonly int _postgresPort;
    private readonly StringBuilder _output = new();
    private readonly Dictionary<string, int> _pids = [];

    private LoopbackCluster(Process script, string folder, Uri site, Uri nodeA, Uri nodeB, int postgresPort) =>
        (_script, _folder, Site, NodeA, NodeB, _postgresPort) = (script, folder, site, nodeA, nodeB, postgresPort);

    /// <summary>nginx: the one address readers and editors use.</summary>
    public Uri Site { get; }
    public Uri NodeA { get; }
    public Uri NodeB { get; }

    /// <summary>The cluster's database as the nodes' role, with the password cluster.sh made (for the test's own look inside).</summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = _postgresPort,
        Database = "claimtrack",
        Username = "claimtrack",
        Password = File.ReadAllText(Path.Combine(_folder, "claimtrack.password")).Trim(),
    }.ConnectionString;

    public string PostgresPidFile => Path.Combine(_folder, "postgres", "postmaster.pid");

    /// <summary>What cluster.sh and its nodes have printed so far (for failure messages).</summary>
    public string Output { get { lock (_output) return _output.ToString(); } }

    public static async Task<LoopbackCluster> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var folder = TestFolders.Create("claimtrack-loopback");
        var (site, a, b, postgres) = (PortCheck.Free(), PortCheck.Free(), PortCheck.Free(), PortCheck.Free());
        // SIGINT back to its default first: a test run started in the background by a shell without job control (nohup
        // ... &) inherits SIGINT ignored, and bash can neither trap nor reset a signal ignored on entry, so cluster.sh
        // never heard the test's Ctrl+C and the stop hung for 180 s. An operator's terminal never has it ignored.
        var start = new ProcessStartInfo("env", ["--default-signal=INT", "bash", "deploy/cluster.sh"])
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["CLAIMTRACK_NO_INSTALL"] = "1";
        start.Environment["CLAIMTRACK_CLUSTER_DIR"] = folder;
        start.Environment["CLAIMTRACK_CLUSTER_PORT"] = Text(site);
        start.Environment["CLAIMTRACK_CLUSTER_NODE_PORTS"] = $"{Text(a)} {Text(b)}";
        start.Environment["CLAIMTRACK_CLUSTER_PG_PORT"] = Text(postgres);
        start.Environment["CLAIMTRACK_CLUSTER_METRICS_PORTS"] = $"{Text(PortCheck.Free())} {Text(PortCheck.Free())}";
        // The app the test command built (the same configuration as these tests), not a second build racing it.
        start.Environment["CLAIMTRACK_APP"] = BuiltApp;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        var cluster = new LoopbackCluster(Process.Start(start)!, folder, Address(site), Address(a), Address(b), postgres);
        cluster._script.OutputDataReceived += (_, e) => cluster.Record(e.Data);
        cluster._script.ErrorDataReceived += (_, e) => cluster.Record(e.Data);
        cluster._script.BeginOutputReadLine();
        cluster._script.BeginErrorReadLine();
        try
        {
            await Eventually.HoldsAsync(StartUp, () =>
            {
                if (cluster._script.HasExited) throw new InvalidOperationException($"cluster.sh ended at start-up:\n{cluster.Output}");
                return Task.FromResult(cluster.Output.Contains("The loopback cluster is running", StringComparison.Ordinal));
            }, "cluster.sh says the loopback cluster is running", TimeSpan.FromMilliseconds(250));
            foreach (Match node in NodeLine().Matches(cluster.Output)) cluster._pids[node.Groups[1].Value] = int.Parse(node.Groups[2].Value, CultureInfo.InvariantCulture);
            cluster._pids.Count.ShouldBe(2, cluster.Output);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public int PidOf(string node) => _pids[node];

    /// <summary>"a" or "b", from an address nginx names in X-ClaimTrack-Node (the last one tried, after a retry).</summary>
    public string NodeAt(string upstreams)
    {
        var port = upstreams.Split(',')[^1].Trim().Split(':')[^1];
        return port == Text(NodeA.Port) ? "a" : port == Text(NodeB.Port) ? "b" : throw new ShouldAssertException($"No node at {upstreams}");
    }

    public Uri AddressOf(string node) => node == "a" ? NodeA : NodeB;

    /// <summary>A crash: SIGKILL, no shutdown of any kind.</summary>
    public void Kill(string node)
    {
        using var process = Process.GetProcessById(_pids[node]);
        process.Kill();
        process.WaitForExit(TimeSpan.FromSeconds(30)).ShouldBeTrue($"node {node} did not die");
    }

    /// <summary>What an operator's Ctrl+C or a service manager's stop does: SIGTERM to cluster.sh.</summary>
    /// <exception cref="ShouldAssertException">cluster.sh did not stop within 180 s (with its output).</exception>
    /// <returns>cluster.sh's exit code.</returns>
    public async Task<int> StopAsync(string signal = "TERM")
    {
        using (var kill = Process.Start("kill", [$"-{signal}", Text(_script.Id)])) await kill.WaitForExitAsync();
        // Each node's own shutdown (up to the host's 30 s), nginx, then PostgreSQL's fast shutdown with its checkpoint.
        // HasExited, not WaitForExitAsync: with the output read line by line, that also waits until every process that
        // inherited cluster.sh's output has closed it, which is not what an operator waits for (the checks after a stop
        // look at the parts themselves: addresses that no longer answer, PostgreSQL's pid file gone).
        try
        {
            await Eventually.HoldsAsync(TimeSpan.FromSeconds(180), () => Task.FromResult(_script.HasExited), $"cluster.sh stops after SIG{signal}",
                TimeSpan.FromMilliseconds(200));
        }
        catch (ShouldAssertException hung)
        {
            // Which stage of the stop is waiting: cluster.sh's own words and the nodes' last lines say.
            throw new ShouldAssertException($"{hung.Message}; its output:\n{Output}", hung);
        }
        return _script.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_script.HasExited) await StopAsync();
        }
        catch (ShouldAssertException) { } // a stop that hangs is the test's finding, if it asked; disposal kills below
        finally
        {
            if (!_script.HasExited) _script.Kill(entireProcessTree: true);
            // PostgreSQL runs detached from cluster.sh (pg_ctl starts it in a session of its own): a script killed
            // outright leaves it, so stop it here (SIGINT is PostgreSQL's fast shutdown).
            StopLeftoverPostgres();
            _script.Dispose();
            TestFolders.Delete(_folder);
        }
    }

    private void StopLeftoverPostgres()
    {
        if (!File.Exists(PostgresPidFile)) return;
        try
        {
            var pid = int.Parse(File.ReadLines(PostgresPidFile).First(), CultureInfo.InvariantCulture);
            using var postgres = Process.GetProcessById(pid);
            using (var kill = Process.Start("kill", ["-INT", Text(pid)])) kill.WaitForExit();
            postgres.WaitForExit(TimeSpan.FromSeconds(30));
        }
        catch (Exception problem) when (problem is ArgumentException or IOException or FormatException or InvalidOperationException) { }
    }

    private void Record(string? line)
    {
        lock (_output) _output.AppendLine(line);
    }

    private static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static Uri Address(int port) => new($"http://127.0.0.1:{Text(port)}");

    public static string RepositoryRoot { get; } = FindRoot();

    // tests/<project>/bin/<configuration>/<framework>/: the app's own output for the same configuration and framework.
    private static string BuiltApp
    {
        get
        {
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd('/'));
            var app = Path.Combine(RepositoryRoot, "src", "ClaimTrack.Web", "bin", framework.Parent!.Name, framework.Name);
            return File.Exists(Path.Combine(app, "ClaimTrack.Web"))
                ? app
                : throw new InvalidOperationException($"No built app in {app}: build the solution first (dotnet build ClaimTrack.sln -c {framework.Parent.Name}).");
        }
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "ClaimTrack.sln"))) return folder.FullName;
        throw new InvalidOperationException("No ClaimTrack.sln above the test's folder.");
    }

    [GeneratedRegex(@"node (a|b): http://127\.0\.0\.1:\d+ +\(pid (\d+)[;)]")]
    private static partial Regex NodeLine();
}
