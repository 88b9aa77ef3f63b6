using System.Globalization;
using ClaimTrack.Web.Features.Intake;

namespace ClaimTrack.IntegrationTests.Features.Intake;

/// <summary>One labelled pair: what was typed, the demo claim it is about (none: about no demo claim), same or not.</summary>
public sealed record SimilarPair(Guid? ClaimId, bool Same, string Kind, string Text)
{
    public string Label => Same ? "same" : "different";
}

public sealed record PairFigures(int Found, int Missed, int FalseSuggestions)
{
    public double Precision => Found + FalseSuggestions == 0 ? 1 : (double)Found / (Found + FalseSuggestions);
    public double Recall => Found + Missed == 0 ? 1 : (double)Found / (Found + Missed);

    public string Describe(double threshold) => string.Create(CultureInfo.InvariantCulture,
        $"threshold {threshold:0.00}: precision {Precision:0.000}, recall {Recall:0.000} (found {Found}, missed {Missed}, false suggestions {FalseSuggestions})");
}

public static class SimilarPairs
{
    public static IReadOnlyList<SimilarPair> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Features", "Intake", "similar-pairs.tsv");
        return [.. File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(line =>
        {
            var f = line.Split('\t');
            return new SimilarPair(f[0] == "none" ? null : Guid.Parse(f[0]), f[1] == "same", f[2], f[3]);
        })];
    }

    /// <summary>
    /// A "same" pair counts as found when its claim is suggested; a suggestion of a "different" pair's claim (for a
    /// pair about no demo claim, of any claim) is a false one.
    /// </summary>
    public static PairFigures Evaluate(IEnumerable<(SimilarPair Pair, IReadOnlyList<SimilarClaim> Candidates)> scored, double threshold)
    {
        int found = 0, missed = 0, falseOnes = 0;
        foreach (var (pair, candidates) in scored)
        {
            var suggested = candidates.Where(c => c.Score >= threshold).Take(SimilarClaims.MaxLimit).ToList();
            var hit = pair.ClaimId is { } id ? suggested.Any(c => c.Id == id) : suggested.Count > 0;
            if (pair.Same && hit) found++;
            else if (pair.Same) missed++;
            else if (hit) falseOnes++;
        }
        return new(found, missed, falseOnes);
    }
}
