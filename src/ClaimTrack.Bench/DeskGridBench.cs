using System.Diagnostics;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Desk;

namespace ClaimTrack.Bench;

/// <summary>"--bench-desk-grid": times the desk grid's query (a filter and a search term), as an editor's page runs it.</summary>
public static class DeskGridBench
{
    public static async Task RunAsync(DeskQueries queries, TextWriter log, int rounds = 40)
    {
        var cases = new (string Name, DeskFilter Filter)[]
        {
            ("status filter only", new DeskFilter(Status: ClaimStatus.Published)),
            ("status filter + rare word", new DeskFilter(Search: BenchVocabulary.RareWord(7), Status: ClaimStatus.Published)),
            ("status filter + common word", new DeskFilter(Search: "government", Status: ClaimStatus.Published)),
            ("claimant filter + common word", new DeskFilter(Search: "government", Claimant: BenchNames.FrequentClaimant)),
        };
        foreach (var (name, filter) in cases)
        {
            var first = await queries.PageAsync(filter, 0, 25, DeskSort.Updated, true, default); // warm up
            var total = first.TotalIsCapped ? $"more than {first.Total:N0}" : $"{first.Total:N0}";
            var times = new List<double>(rounds);
            for (var i = 0; i < rounds; i++)
            {
                var clock = Stopwatch.StartNew();
                await queries.PageAsync(filter, i % 4, 25, DeskSort.Updated, true, default);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            await log.WriteLineAsync($"| desk grid, {name} ({total} matches) | p50 {times[rounds / 2]:0.0} ms, p95 {times[(int)(rounds * 0.95)]:0.0} ms |");
        }
    }
}
