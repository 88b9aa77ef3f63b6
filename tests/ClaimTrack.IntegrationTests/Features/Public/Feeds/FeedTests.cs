using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;

namespace ClaimTrack.IntegrationTests.Features.Public.Feeds;

public sealed class FeedTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>, IDisposable
{
    private readonly Reader _reader = new(db.App);

    private async Task<SyndicationFeed> FeedAsync(string path)
    {
        var (response, body) = await _reader.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
        using var xml = XmlReader.Create(new StringReader(body));
        return SyndicationFeed.Load(xml);
    }

    [Theory]
    [InlineData("rss")]
    [InlineData("atom")]
    public async Task The_all_verdicts_feed_gets_a_new_item_for_a_revision_and_keeps_the_first(string format)
    {
        await FeedAsync($"/feeds/verdicts.{format}"); // cached before the news
        var claimant = $"Feed Person {Guid.NewGuid():N}";
        var story = await new ClaimStories(db.App.Writer).PublishedAsync(claimant);
        var before = (await FeedAsync($"/feeds/verdicts.{format}")).Items.Where(i => i.Title.Text.Contains("Turnout", StringComparison.Ordinal)).Select(i => i.Id).ToHashSet();

        await story.ReviseAsync("mostly-false", "Final count.");

        var items = (await FeedAsync($"/feeds/verdicts.{format}")).Items.ToList();
        var revision = items.Where(i => i.Title.Text.StartsWith("Revised to Mostly false", StringComparison.Ordinal)
            && i.Links[0].Uri.ToString().Contains(story.ClaimId.ToString(), StringComparison.Ordinal)).ShouldHaveSingleItem();
        before.ShouldNotContain(revision.Id);
        items.Count(i => i.Links[0].Uri.ToString().Contains(story.ClaimId.ToString(), StringComparison.Ordinal)).ShouldBe(2);
        items.ShouldAllBe(i => i.Id.StartsWith("urn:uuid:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Claim_claimant_and_topic_feeds_hold_only_their_updates()
    {
        var claimant = $"Scoped Person {Guid.NewGuid():N}";
        var topic = $"Scoped topic {Guid.NewGuid():N}";
        var story = await new ClaimStories(db.App.Writer).PublishedAsync(claimant, topic);
        await story.CorrectAsync("Corrected for the feed.", "Reasoning.", "Fixed a figure");
        await new ClaimStories(db.App.Writer).PublishedAsync("Someone Else Entirely");

        foreach (var path in new[] { $"/feeds/claims/{story.ClaimId}.rss", $"/feeds/claimants/{Slugs.From(claimant)}.rss", $"/feeds/topics/{Slugs.From(topic)}.atom" })
        {
            var items = (await FeedAsync(path)).Items.ToList();
            items.Count.ShouldBe(2, path);
            items[0].Title.Text.ShouldStartWith("Correction");
        }
    }

    [Theory]
    [InlineData("/feeds/claims/00000000-0000-0000-0000-000000000000.rss")]
    [InlineData("/feeds/claimants/nobody-at-all.rss")]
    [InlineData("/feeds/topics/nothing-here.atom")]
    [InlineData("/feeds/claims/not-a-guid.rss")]
    public async Task Feeds_for_unknown_things_are_not_found(string path)
    {
        var (response, _) = await _reader.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_draft_never_reaches_a_feed()
    {
        var draft = await new ClaimStories(db.App.Writer).RegisterAsync($"Draft Feed {Guid.NewGuid():N}");
        await draft.AttachEvidenceAsync();
        await draft.ProposeAsync();
        await draft.ApproveAsync();

        var (response, _) = await _reader.GetAsync($"/feeds/claims/{draft.ClaimId}.rss");
        var all = await _reader.GetAsync("/feeds/verdicts.rss");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        all.Body.ShouldNotContain(draft.ClaimId.ToString());
    }

    [Fact]
    public async Task An_unchanged_feed_answers_304_to_its_etag_and_its_date()
    {
        await new ClaimStories(db.App.Writer).PublishedAsync("Conditional Feed Person");
        var (first, _) = await _reader.GetAsync("/feeds/verdicts.atom");
        first.Content.Headers.LastModified.ShouldNotBeNull();

        var (byTag, _) = await _reader.GetAsync("/feeds/verdicts.atom", r => r.Headers.IfNoneMatch.Add(first.Headers.ETag!));
        var (byDate, _) = await _reader.GetAsync("/feeds/verdicts.atom", r => r.Headers.IfModifiedSince = first.Content.Headers.LastModified);

        byTag.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        byDate.StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    public void Dispose() => _reader.Dispose();
}
