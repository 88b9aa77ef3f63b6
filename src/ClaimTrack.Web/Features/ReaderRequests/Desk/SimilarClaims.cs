namespace ClaimTrack.Web.Features.ReaderRequests.Desk;

/// <summary>An existing claim that may say what a tip says, with where it stands.</summary>
public sealed record SimilarClaim(Guid ClaimId, string Statement, string Status, string? Rating, double Score);

/// <summary>
/// The hook for issue 16's similar-claims search (built beside this feature): when a lookup is registered, the triage
/// view lists what it finds for each tip; until then the view says the search is not connected, and shows no guess.
/// </summary>
public interface ISimilarClaimLookup
{
    Task<IReadOnlyList<SimilarClaim>> FindAsync(string statement, CancellationToken cancellation);
}
