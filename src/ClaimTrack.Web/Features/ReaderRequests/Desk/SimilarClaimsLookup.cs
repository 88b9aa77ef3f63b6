using ClaimTrack.Web.Features.Intake;

namespace ClaimTrack.Web.Features.ReaderRequests.Desk;

/// <summary>The triage view's similar claims, from issue 16's similar-claims query (Features/Intake), five at most.</summary>
public sealed class SimilarClaimsLookup(SimilarClaims similar) : ISimilarClaimLookup
{
    public async Task<IReadOnlyList<SimilarClaim>> FindAsync(string statement, CancellationToken cancellation) =>
        [.. (await similar.FindAsync(statement, 5, cancellation)).Select(c => new SimilarClaim(c.Id, c.Statement, c.Status.ToString(), c.Rating, c.Score))];
}
