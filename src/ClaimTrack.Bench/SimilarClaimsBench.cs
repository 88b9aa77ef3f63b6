using System.Diagnostics;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Intake;
using Marten;

namespace ClaimTrack.Bench;

/// <summary>
/// "--similar-claims": times the similar-claims suggestion (Features/Intake) as the register form asks it, in-process:
/// statements of the bench vocabulary that match nothing (the common case: a new claim), and stored statements with a
/// word dropped and two swapped (a near-copy, which must be found).
/// </summary>
public static class SimilarClaimsBench
{
    public static async Task RunAsync(IDocumentStore store, SimilarClaims similar, TextWriter log, int rounds = 100)
    {
        var random = new Random(16);
        await using var session = store.QuerySession();
        // Claims spread over the data set: a stride through the ids, not the first ones loaded.
        var stored = (await session.Query<Claim>().OrderBy(c => c.Id).Select(c => c.Statement).Take(rounds * 50).ToListAsync())
            .Where((_, i) => i % 50 == 0).ToList();
        var cases = new (string Name, Func<int, string> Text)[]
        {
            ("new statement", _ => BenchVocabulary.Sentence(random, random.Next(8, 30))),
            ("near-copy of a stored one", i => NearCopy(stored.Count == 0 ? BenchVocabulary.Sentence(random, 12) : stored[i % stored.Count], random)),
        };
        foreach (var (name, text) in cases)
        {
            await similar.FindAsync(text(0), 5, default); // warm up
            var times = new List<double>(rounds);
            var found = 0;
            for (var i = 0; i < rounds; i++)
            {
                var typed = text(i);
                var clock = Stopwatch.StartNew();
                var suggestions = await similar.FindAsync(typed, 5, default);
                times.Add(clock.Elapsed.TotalMilliseconds);
                if (suggestions.Count > 0) found++;
            }
            times.Sort();
            await log.WriteLineAsync(
                $"| similar claims, {name} ({found} of {rounds} with a suggestion) | p50 {times[rounds / 2]:0.0} ms, p95 {times[(int)(rounds * 0.95)]:0.0} ms |");
        }
    }

    /// <summary>The statement with one word left out and two neighbours swapped: what a reporter retyping it might write.</summary>
    private static string NearCopy(string statement, Random random)
    {
        var words = statement.TrimEnd('.').Split(' ').ToList();
        if (words.Count > 4) words.RemoveAt(random.Next(words.Count));
        var at = random.Next(words.Count - 1);
        (words[at], words[at + 1]) = (words[at + 1], words[at]);
        return string.Join(' ', words);
    }
}
