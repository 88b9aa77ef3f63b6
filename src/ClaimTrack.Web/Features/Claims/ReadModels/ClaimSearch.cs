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
    /// (unaccented, lower case), which intake compares a newly typed statement with (Features/Intake).
    /// </summary>
    public static readonly SearchTerms AllClaims = new("claim_search_terms", "mt_doc_claim", ["Statement", "Context", "Claimant.Name"],
        LikenessField: "Statement", LanguageField: "Language");

    /// <summary>
    /// What readers search: the published claim's statement (weight A: a statement match ranks first), its context,
    /// claimant and verdict summary (B), and the evidence's titles and publishers and the verdict's reasoning (C), so a
    /// reader who remembers a source by name finds the fact checks that cite it. Only published documents have a row,
    /// so a draft cannot match. The approved translations (Translations/: a proposal never reaches this document, a
    /// withdrawn one leaves it) are searched with the same weights, so a reader typing a word of the Spanish text finds
    /// the claim. Each row's words are stemmed in its claim's language and unaccented
    /// (<see cref="SearchLanguages"/>). Changing this list changes the table's version, which rebuilds it at the next start.
    /// </summary>
    public static readonly SearchTerms PublishedClaims = new("published_claim_search_terms", ReaderClaim.Table,
        ["A:Content.Statement", "B:Content.Context", "B:Content.Claimant.Name", "B:Content.Verdict.Summary",
            "C:Content.Evidence[].Details.Title", "C:Content.Evidence[].Details.Publisher", "C:Content.Verdict.Reasoning",
            "A:Translations[].Text.Statement", "B:Translations[].Text.Context", "B:Translations[].Text.Summary", "C:Translations[].Text.Reasoning"],
        LanguageField: "Content.Language");
}
