namespace ClaimTrack.Web.Features.Claims.OtherFactChecks;

/// <summary>The imported review's side of a comparison: what claim it checked, and who made the claim.</summary>
public sealed record ReviewToMatch(string ClaimReviewed, string? Claimant);

/// <summary>One of our published claims, as the comparison reads it.</summary>
public sealed record ClaimToCompare(Guid ClaimId, string Statement, string ClaimantName);

public sealed record ReviewMatch(Guid ClaimId, string Because);

/// <summary>
/// Whether another fact-checker's review checked one of our claims. Two rules, strongest first:
/// <list type="number">
/// <item>the same statement, once case, accents, punctuation, quotes and spacing are set aside (whoever the claimant);</item>
/// <item>a similar statement (trigram similarity of at least <see cref="SimilarEnough"/>) by the same claimant (names
/// compared as their slugs, so "José Pérez" and "Jose Perez" are one person).</item>
/// </list>
/// Nothing else matches: a wrong "also checked by" link tells readers something false, while a missed match only
/// waits as an intake candidate an editor can still register. Among several matches the same statement wins, then the
/// most similar, then the lowest id (so the same input always picks the same claim).
/// </summary>
public static class ReviewMatching
{
    /// <summary>
    /// Half the trigrams shared: rewordings such as "Turnout was the highest in forty years" and "Says turnout was the
    /// highest in 40 years" pass; two different claims by one politician on one subject mostly do not.
    /// </summary>
    public const double SimilarEnough = 0.5;

    public const string SameStatement = "same statement";
    public const string SimilarStatementSameClaimant = "similar statement by the same claimant";

    public static ReviewMatch? Decide(ReviewToMatch review, IEnumerable<ClaimToCompare> claims)
    {
        var text = ReviewWording.Normalise(review.ClaimReviewed);
        if (text.Length == 0) return null;
        var claimant = string.IsNullOrWhiteSpace(review.Claimant) ? null : Slugs.From(review.Claimant);

        var scored = claims.Select(c => (Claim: c, Same: ReviewWording.Normalise(c.Statement) == text, Similarity: ReviewWording.Similarity(c.Statement, review.ClaimReviewed)))
            .Where(s => s.Same || (claimant is not null && Slugs.From(s.Claim.ClaimantName) == claimant && s.Similarity >= SimilarEnough))
            .OrderByDescending(s => s.Same).ThenByDescending(s => s.Similarity).ThenBy(s => s.Claim.ClaimId)
            .FirstOrDefault();
        return scored.Claim is null ? null : new ReviewMatch(scored.Claim.ClaimId, scored.Same ? SameStatement : SimilarStatementSameClaimant);
    }
}
