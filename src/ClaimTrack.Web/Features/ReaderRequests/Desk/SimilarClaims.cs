namespace ClaimTrack.Web.Features.ReaderRequests.Desk;

/// <summary>An existing claim that may say what a tip says, with where it stands.</summary>
public sealed record SimilarClaim(Guid ClaimId, string Statement, string Status, string? Rating, double Score);

/// <summary>
/// What the triage view asks for each tip: existing claims that may say the same (SimilarClaimsLookup answers from
/// Features/Intake's similar-claims query). With no lookup registered the view says so, and shows no guess.
/// </summary>
public interface ISimilarClaimLookup
{
    Task<IReadOnlyList<SimilarClaim>> FindAsync(string statement, CancellationToken cancellation);
}
