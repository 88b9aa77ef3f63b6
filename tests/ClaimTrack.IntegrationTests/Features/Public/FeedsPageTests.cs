using System.ServiceModel.Syndication;
using System.Xml;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;

namespace ClaimTrack.IntegrationTests.Features.Public;

public sealed class FeedsPageTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>, IDisposable
{
    private readonly Reader _reader = new(db.App);

    private async Task<string> TitleAsync(string path)
    {
        using var xml = XmlReader.Create(new StringReader(await _reader.PageAsync(path)));
        return SyndicationFeed.Load(xml).Title.Text;
    }

    [Fact]
    public async Task The_feeds_page_lists_the_site_feeds_the_data_feed_and_each_topics_feed()
    {
        var topic = $"Feeds page topic {Guid.NewGuid():N}"[..26];
        await new ClaimStories(db.App.Writer).PublishedAsync($"Feeds Page Person {Guid.NewGuid():N}", topic);

        await Eventually.HoldsAsync(TimeSpan.FromSeconds(30), async () =>
            (await _reader.PageAsync("/feeds")).Contains($"<a href=\"/feeds/topics/{Slugs.From(topic)}.rss\">{topic} (RSS)</a>", StringComparison.Ordinal),
            "the feeds page lists the new topic's feed", TimeSpan.FromMilliseconds(100));
        var html = await _reader.PageAsync("/feeds");
        html.ShouldContain("href=\"/feeds/verdicts.rss\"");
        html.ShouldContain("href=\"/feeds/verdicts.atom\"");
        html.ShouldContain("href=\"/feeds/claimreview.jsonld\"");
        html.ShouldContain("href=\"/claimants\"");
    }

    [Fact]
    public async Task Topic_and_claimant_feeds_are_titled_with_their_names_not_their_slugs()
    {
        var topic = $"Water Supply & Dams {Guid.NewGuid():N}"[..28];
        var claimant = $"José Núñez {Guid.NewGuid():N}"[..19];
        await new ClaimStories(db.App.Writer).PublishedAsync(claimant, topic);

        (await TitleAsync($"/feeds/topics/{Slugs.From(topic)}.rss")).ShouldBe($"ClaimTrack: Topic: {topic}");
        (await TitleAsync($"/feeds/topics/{Slugs.From(topic)}.atom")).ShouldBe($"ClaimTrack: Topic: {topic}");
        (await TitleAsync($"/feeds/claimants/{Slugs.From(claimant)}.rss")).ShouldBe($"ClaimTrack: Claimant: {claimant}");
    }

    public void Dispose() => _reader.Dispose();
}
