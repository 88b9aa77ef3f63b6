using ClaimTrack.Web.Infrastructure.Search;

namespace ClaimTrack.Web.Features.Claims.ReadModels;

/// <summary>
/// The two searches over claims, defined with the rest of the store's schema so that any host of the store (the app,
/// the benchmark loader) builds the same tables.
/// </summary>
public static class ClaimSearch
{
    /// <summary>
    /// What the desk searches: statement, context and claimant of every claim, drafts included; and the statement alone
    /// with a trigram index, which intake compares a newly typed statement with (Features/Intake).
    /// </summary>
    public static readonly SearchTerms AllClaims = new("claim_search_terms", "mt_doc_claim", ["Statement", "Context", "Claimant.Name"],
        LikenessField: "Statement");

    /// <summary>
    /// What readers search: the published claim's statement, context, claimant and verdict summary. Only published
    /// documents have a row, so a draft cannot match.
    /// </summary>
    public static readonly SearchTerms PublishedClaims = new("published_claim_search_terms", ReaderClaim.Table,
        ["Content.Statement", "Content.Context", "Content.Claimant.Name", "Content.Verdict.Summary"]);
}
