using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims.ReadModels;

namespace ClaimTrack.IntegrationTests.Features.Claims.ReadModels;

/// <summary>
/// The readers' language filters (the API's language=, search's and the feeds' lang=) walk an index, as every other
/// filter of theirs does: without one, a language few claims are in makes each request read every published document.
/// </summary>
public sealed class LanguageFilterTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>
{
    [Fact]
    public async Task Listing_published_claims_by_language_can_use_an_index()
    {
        (await QueryPlans.PlanAsync<ReaderClaim>(db.App, c => c.Content.Language == "es")).ShouldContain("mt_doc_publishedclaim_idx_content_language");
    }

    [Fact]
    public async Task A_feed_of_one_language_can_use_an_index()
    {
        (await QueryPlans.PlanAsync<VerdictUpdate>(db.App, u => u.Language == "es")).ShouldContain("mt_doc_verdictupdate_idx_language");
    }
}
