using System.Linq.Expressions;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.ReadModels;
using Marten;

namespace ClaimTrack.IntegrationTests.Features.Claims.ReadModels;

public sealed class TopicFilterTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>
{
    [Fact]
    public async Task Listing_published_claims_by_topic_can_use_the_topic_index()
    {
        (await PlanAsync(TopicFilter.Holds<ReaderClaim>("elections"))).ShouldContain("mt_doc_publishedclaim_idx_topic_slugs");
    }

    [Fact]
    public async Task A_topic_feed_can_use_the_topic_index()
    {
        (await PlanAsync(TopicFilter.Holds<VerdictUpdate>("elections"))).ShouldContain("mt_doc_verdictupdate_idx_topic_slugs");
    }

    [Fact]
    public async Task The_filter_finds_the_claims_filed_under_the_topic_and_no_others()
    {
        var topic = $"Tidal {Guid.NewGuid():N}"[..14];
        await new ClaimStories(db.App.Writer).PublishedAsync("Topic Person", topic);
        await new ClaimStories(db.App.Writer).PublishedAsync("Topic Person", "Elsewhere");

        await using var session = db.App.Store.QuerySession();
        var found = await session.Query<ReaderClaim>().Where(TopicFilter.Holds<ReaderClaim>(Slugs.From(topic))).ToListAsync();

        found.Single().TopicSlugs.ShouldBe([Slugs.From(topic)]);
    }

    private Task<string> PlanAsync<T>(Expression<Func<T, bool>> filter) where T : notnull => QueryPlans.PlanAsync(db.App, filter);
}
