using System.Globalization;
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
        var folder = TestFolders.Create("claimtrack-bench-smoke");
        try
        {
            var port = () => PortCheck.Free().ToString(CultureInfo.InvariantCulture);
            using var result = await BenchRepository.SmokeRunAsync("run.sh", folder, TimeSpan.FromMinutes(5), new Dictionary<string, string>
            {
                ["BENCH_APP_PORT"] = port(),
                ["BENCH_NGINX_PORT"] = port(),
                ["BENCH_PG_PORT"] = port(),
            });
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
            // New statements and near-copies, each with p50 and p95.
            root.GetProperty("similar_claims").EnumerateObject().Select(c => c.Value.GetProperty("p95_ms").GetDouble()).Count().ShouldBe(2);
            root.GetProperty("memory").GetProperty("rest_rss_kb").GetInt32().ShouldBeGreaterThan(0);
        }
        finally
        {
            TestFolders.Delete(folder);
        }
    }
}
