using System.Globalization;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Infrastructure.Postgres;

namespace ClaimTrack.Bench.Tests;

/// <summary>
/// deploy/bench/cluster.sh --smoke: the loopback cluster, three approvals in Chromium on node A timed to node B's pages,
/// and one-second runs through nginx with two nodes and with one. The figures mean nothing at this size; what is
/// checked is that every part of the harness reports a clean result, so a full run does not fail half-way.
/// </summary>
public sealed class ClusterBenchSmokeTests
{
    [Fact]
    public async Task The_cluster_benchmark_runs_end_to_end()
    {
        var folder = TestFolders.Create("claimtrack-cluster-bench-smoke");
        try
        {
            var ports = string.Join(' ', Enumerable.Range(0, 5).Select(_ => PortCheck.Free().ToString(CultureInfo.InvariantCulture)));
            using var result = await BenchRepository.SmokeRunAsync("cluster.sh", folder, TimeSpan.FromMinutes(6),
                new Dictionary<string, string> { ["BENCH_CLUSTER_PORTS"] = ports });
            var root = result.RootElement;
            root.GetProperty("approvals").GetInt32().ShouldBe(3);
            var delays = root.GetProperty("delays");
            foreach (var measure in new[] { "save_to_claim_page_b", "save_to_home_page_b", "click_to_claim_page_b" })
            {
                delays.GetProperty(measure).GetProperty("n").GetInt32().ShouldBe(3, measure);
                // Node B cannot show a claim before node A saved it: a negative delay would mean mismatched clocks or ids.
                delays.GetProperty(measure).GetProperty("p50_ms").GetDouble().ShouldBeGreaterThanOrEqualTo(0, measure);
            }
            root.GetProperty("results").EnumerateObject().Count().ShouldBe(6);
            foreach (var target in root.GetProperty("results").EnumerateObject())
                target.Value.GetProperty("requests").GetInt32().ShouldBeGreaterThan(0, target.Name);
        }
        finally
        {
            TestFolders.Delete(folder);
        }
    }
}
