using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Infrastructure.Postgres;

namespace ClaimTrack.Bench.Tests;

/// <summary>
/// Benchmarks are not tests, but the harness must keep working: deploy/bench/run.sh --smoke loads a few hundred claims
/// into a throwaway folder, runs every measurement for a second, and must report a clean result for each. It installs
/// nothing: deploy/test.sh installs wrk, nginx and the browser tools first, and this run is told to refuse to.
/// </summary>
public sealed class BenchSuiteSmokeTests
{
    [Fact]
    public async Task The_benchmark_harness_runs_end_to_end_on_a_tiny_data_set()
    {
        var repository = FindRepository();
        var folder = TestFolders.Create("claimtrack-bench-smoke");
        try
        {
            var json = Path.Combine(folder, "result.json");
            // The app and bench tool this test run built, in the same configuration; the harness would otherwise build Release itself.
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Parent!.Name;
            var app = Path.Combine(repository, "src", "ClaimTrack.Web", "bin", configuration, "net10.0", "ClaimTrack.Web");
            var tool = Path.Combine(repository, "src", "ClaimTrack.Bench", "bin", configuration, "net10.0", "ClaimTrack.Bench");
            var start = new ProcessStartInfo("bash", [Path.Combine(repository, "deploy", "bench", "run.sh"), "--smoke"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = repository,
                Environment =
                {
                    ["BENCH_JSON"] = json, ["BENCH_APP"] = File.Exists(app) ? app : "", ["BENCH_TOOL"] = File.Exists(tool) ? tool : "",
                    ["CLAIMTRACK_NO_INSTALL"] = "1",
                    ["BENCH_APP_PORT"] = PortCheck.Free().ToString(CultureInfo.InvariantCulture), ["BENCH_NGINX_PORT"] = PortCheck.Free().ToString(CultureInfo.InvariantCulture),
                    ["BENCH_PG_PORT"] = PortCheck.Free().ToString(CultureInfo.InvariantCulture),
                },
            };
            using var run = Process.Start(start)!;
            var output = run.StandardOutput.ReadToEndAsync();
            var errors = run.StandardError.ReadToEndAsync();
            using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            await run.WaitForExitAsync(limit.Token);
            run.ExitCode.ShouldBe(0, $"{await output}\n{await errors}");

            using var result = JsonDocument.Parse(await File.ReadAllTextAsync(json));
            var root = result.RootElement;
            root.GetProperty("claims").GetInt32().ShouldBe(300);
            foreach (var target in root.GetProperty("results").EnumerateObject())
                target.Value.GetProperty("requests").GetInt32().ShouldBeGreaterThan(0, target.Name);
            root.GetProperty("ratios").GetProperty("claim_app_to_nginx").GetDouble().ShouldBeGreaterThan(0);
            // The Brotli claim page against nginx serving the app's own bytes, by whichever static module it has.
            root.GetProperty("ratios").GetProperty("claim_app_br_to_nginx").GetDouble().ShouldBeGreaterThan(0);
            root.GetProperty("compressed_reference").GetString().ShouldBeOneOf("brotli_static", "gzip_static", "uncompressed");
            root.GetProperty("claim_page_bytes").GetProperty("br").GetInt32().ShouldBeLessThan(root.GetProperty("claim_page_bytes").GetProperty("identity").GetInt32());
            root.GetProperty("desk_grid").EnumerateObject().Count().ShouldBe(4);
            root.GetProperty("memory").GetProperty("rest_rss_kb").GetInt32().ShouldBeGreaterThan(0);
        }
        finally
        {
            TestFolders.Delete(folder);
        }
    }

    private static string FindRepository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "deploy", "bench", "run.sh"))) return folder.FullName;
        throw new InvalidOperationException("The repository (deploy/bench/run.sh) is not above the test's folder.");
    }
}
