using System.Globalization;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Intake;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.Intake;

/// <summary>
/// Precision and recall of the suggestion on the labelled pairs (similar-pairs.tsv), over the demo newsroom in a real
/// database, at the threshold the desk uses. The floors are the figures reached when the threshold was chosen, less a
/// little: a regression guard, not a target.
/// </summary>
public sealed class SimilarClaimsEvaluationTests(TestCluster cluster, ITestOutputHelper output)
{
    public const double PrecisionFloor = 0.85;
    public const double RecallFloor = 0.75;

    [Fact]
    public async Task The_labelled_pairs_are_found_with_the_precision_and_recall_the_desk_reports()
    {
        var pairs = SimilarPairs.Load();
        pairs.Count.ShouldBeGreaterThanOrEqualTo(200);
        await using var app = await ClaimTrackApp.StartAsync(cluster, "similar_eval", demoNewsroom: true);
        var similar = app.Services.GetRequiredService<SimilarClaims>();

        var scored = new List<(SimilarPair Pair, IReadOnlyList<SimilarClaim> Candidates)>();
        foreach (var pair in pairs) scored.Add((pair, await similar.ScoreAsync(pair.Text, default)));

        foreach (var threshold in new[] { 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75 })
        {
            var figures = SimilarPairs.Evaluate(scored, threshold);
            output.WriteLine(figures.Describe(threshold));
        }
        var desk = SimilarPairs.Evaluate(scored, Likeness.Threshold);
        output.WriteLine($"desk threshold: {desk.Describe(Likeness.Threshold)}");
        foreach (var (pair, candidates) in scored)
        {
            var own = candidates.FirstOrDefault(c => c.Id == pair.ClaimId);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{pair.Label}\t{pair.Kind}\t{own?.Score ?? 0:0.00}\t{(candidates.Count > 0 ? candidates[0].Score : 0):0.00}\t{own?.Signals}\t{pair.Text}"));
        }

        desk.Precision.ShouldBeGreaterThanOrEqualTo(PrecisionFloor, desk.Describe(Likeness.Threshold));
        desk.Recall.ShouldBeGreaterThanOrEqualTo(RecallFloor, desk.Describe(Likeness.Threshold));
    }
}
