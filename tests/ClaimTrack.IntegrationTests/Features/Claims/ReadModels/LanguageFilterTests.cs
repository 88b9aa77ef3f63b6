using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims.ReadModels;
using Marten;
using Marten.Linq;
using Npgsql;

namespace ClaimTrack.IntegrationTests.Features.Claims.ReadModels;

/// <summary>
/// The readers' language filters (the API's language=, search's and the feeds' lang=) walk an index, as every other
/// filter of theirs does: without one, a language few claims are in makes each request read every published document.
/// </summary>
public sealed class LanguageFilterTests(ClaimsDatabase db, TestCluster cluster) : IClassFixture<ClaimsDatabase>
{
    private const string TranslatedIntoIndex = "mt_doc_publishedclaim_idx_translated_into";

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

    [Fact]
    public async Task A_feed_of_one_language_can_find_the_claims_translated_into_it_through_an_index()
    {
        // The steps themselves are walked by date in the feed (an OR with a subquery is no index's); the subquery is.
        (await QueryPlans.PlanAsync(db.App, LanguageFilter.StepsIn("es"))).ShouldContain(TranslatedIntoIndex);
    }

    [Fact]
    public async Task The_feed_query_reads_the_translated_claims_from_their_index_among_thousands_of_claims()
    {
        // The planner's own choice, with nothing turned off: a few thousand published claims, a handful translated into
        // Spanish, and a step of each, as the feed's query meets them after analyze.
        await using var app = new ClaimTrackApp(await cluster.CreateDatabaseAsync("translated_plan"));
        var claims = Enumerable.Range(0, 3000).Select(i => new ReaderClaim
        {
            Id = Guid.NewGuid(),
            // Documents of a reader claim's size: a table this small is otherwise cheaper to read whole.
            Slug = $"claim-{i}-" + new string('x', 600),
            LastModifiedAt = ClaimStories.Monday.AddMinutes(i),
            TranslatedInto = i % 500 == 0 ? ["es"] : [],
        }).ToList();
        await app.Store.BulkInsertDocumentsAsync(claims);
        await app.Store.BulkInsertDocumentsAsync(claims.Select(c => new VerdictUpdate
        {
            Id = Guid.NewGuid(),
            ClaimId = c.Id,
            Language = "en",
            Statement = c.Slug,
            At = c.LastModifiedAt,
        }).ToList());
        await AnalyzeAsync(app);

        await using var session = app.Store.QuerySession();
        // The feed's query (FeedEndpoints), as it is sent.
        var feed = session.Query<VerdictUpdate>().Where(LanguageFilter.StepsIn("es")).OrderByDescending(u => u.At).Take(50);
        var plan = await QueryPlans.PlanAsync(app, feed.ToCommand(FetchType.FetchMany), seqScanOff: false);

        plan.ShouldContain(TranslatedIntoIndex);
        plan.ShouldNotContain("Seq Scan on mt_doc_publishedclaim");
        // And it finds them: the six translated claims' steps, none of the others.
        (await feed.ToListAsync()).Select(u => u.ClaimId).ShouldBe(claims.Where(c => c.TranslatedInto.Count > 0).Select(c => c.Id), ignoreOrder: true);
    }

    [Fact]
    public async Task A_feed_that_follows_a_language_dates_itself_from_one_entry_of_an_index()
    {
        // The newest translation change (FeedEndpoints), asked on every uncached Spanish feed: a max() the index answers.
        await using var command = new NpgsqlCommand(ClaimTrack.Web.Features.Public.Feeds.FeedEndpoints.LatestTranslationChangeSql("public"));
        (await QueryPlans.PlanAsync(db.App, command, seqScanOff: true)).ShouldContain("mt_doc_publishedclaim_idx_translations_changed_at");
    }

    private static async Task AnalyzeAsync(ClaimTrackApp app)
    {
        await using var connection = (NpgsqlConnection)app.Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var analyze = new NpgsqlCommand($"analyze {ReaderClaim.Table}; analyze mt_doc_verdictupdate", connection);
        await analyze.ExecuteNonQueryAsync();
    }
}
