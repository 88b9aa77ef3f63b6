using System.Diagnostics;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Ratings;
using Marten;
using Marten.Events;

namespace ClaimTrack.Web.Infrastructure.Bench;

/// <summary>
/// Loads N generated claims for benchmarks (./deploy/run.sh --seed-bench N): varied claimants and topics, 1-6 pieces
/// of evidence, 1-3 verdict steps, nine in ten published. Every claim's events come from the real decisions.
/// </summary>
public static class BenchSeeder
{
    private const int ClaimsPerSave = 500;
    private static readonly Actor Reporter = new("bench-reporter", "Bench Reporter");
    private static readonly Actor Editor = new("bench-editor", "Bench Editor");

    public static async Task RunAsync(IDocumentStore store, int count, TextWriter log)
    {
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        var random = new Random(2015);
        var ratings = RatingScale.Default().Ratings.Select(r => r.Key).ToArray();
        var clock = Stopwatch.StartNew();
        for (var done = 0; done < count; done += ClaimsPerSave)
        {
            await using var session = store.LightweightSession();
            for (var i = done; i < Math.Min(count, done + ClaimsPerSave); i++)
            {
                var events = ClaimHistory(random, ratings, i);
                session.Events.StartStream<Claim>(((ClaimRegistered)events[0]).ClaimId, events);
            }
            await session.SaveChangesAsync();
            await log.WriteLineAsync($"{Math.Min(count, done + ClaimsPerSave)} claims loaded, {Math.Min(count, done + ClaimsPerSave) / clock.Elapsed.TotalSeconds:0} claims/s");
        }

        // The claimant and topic summaries are asynchronous: bring them up to date here, so a benchmark that starts
        // next measures pages, not a daemon catching up.
        using var daemon = await store.BuildProjectionDaemonAsync();
        await daemon.StartAllAsync();
        await store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromMinutes(30));
        await daemon.StopAllAsync();
        await log.WriteLineAsync($"Summaries caught up after {clock.Elapsed.TotalSeconds:0} s in all.");
    }

    private static List<object> ClaimHistory(Random random, string[] ratings, int index)
    {
        var at = new DateTimeOffset(2016, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(index * 5);
        var registered = RegisterClaimDecision.Decide(new RegisterClaim(
            StableGuid.From($"bench:{index}"), BenchVocabulary.Sentence(random, random.Next(8, 30)), random.Next(2) == 0,
            $"Claimant {random.Next(2000)}", ClaimantKind.Person, "Public figure", $"Outlet {random.Next(300)}",
            $"https://outlet{random.Next(300)}.example.org/{index}", DateOnly.FromDateTime(at.UtcDateTime.AddDays(-1)),
            BenchVocabulary.Sentence(random, random.Next(20, 60)), [$"Topic {random.Next(150)}", $"Topic {random.Next(150)}"]), Reporter, at);
        var events = new List<object> { registered };
        var claim = Claim.Create(registered);
        claim.Version = 1;
        void Do(object command, Actor by)
        {
            at = at.AddMinutes(1);
            foreach (var e in ClaimCommands.Decide(claim, command, RatingScale.Default(), new NewsroomOptions(), by, at)) { events.Add(e); claim.Replay(e); }
        }

        for (var e = 0; e < random.Next(1, 7); e++)
            Do(new AttachEvidence(StableGuid.From($"bench:{index}:evidence:{e}"), new EvidenceDetails(
                BenchVocabulary.Sentence(random, 6).TrimEnd('.'), (EvidenceKind)random.Next(8), $"https://source{random.Next(500)}.example.org/{index}/{e}",
                null, $"Publisher {random.Next(400)}", DateOnly.FromDateTime(at.UtcDateTime), BenchVocabulary.Sentence(random, 25), (Stance)random.Next(3))), Reporter);
        var steps = random.Next(1, 4);
        for (var v = 0; v < steps; v++)
        {
            var verdict = StableGuid.From($"bench:{index}:verdict:{v}");
            Do(new ProposeVerdict(verdict, ratings[random.Next(ratings.Length)], BenchVocabulary.Sentence(random, 12),
                string.Join("\n\n", Enumerable.Range(0, 3).Select(_ => BenchVocabulary.Sentence(random, 40))), v == 0 ? null : "New evidence emerged."), Reporter);
            Do(new ApproveVerdict(verdict), Editor);
            if (v == 0 && random.Next(10) < 9) Do(new PublishClaim(), Editor);
            if (v == 0 && claim.Status != ClaimStatus.Published) break;
        }
        if (claim.Status == ClaimStatus.Published && random.Next(5) == 0)
            Do(new IssueCorrection(BenchVocabulary.Sentence(random, 12), claim.Current!.Verdict.Reasoning + " (corrected)", "A figure was wrong."), Editor);
        return events;
    }
}
