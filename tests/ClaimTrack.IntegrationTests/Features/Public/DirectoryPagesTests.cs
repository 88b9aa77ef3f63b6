using System.Net;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Editing;

namespace ClaimTrack.IntegrationTests.Features.Public;

/// <summary>/claimants and /topics: built from the daemon's summaries, so each test waits for the page to catch up.</summary>
public sealed class DirectoryPagesTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>, IDisposable
{
    private readonly Reader _reader = new(db.App);

    private static string Unique(string prefix) => $"{prefix} {Guid.NewGuid():N}"[..(prefix.Length + 9)];

    private Task<TimeSpan> ShowsAsync(string path, string text) => Eventually.HoldsAsync(TimeSpan.FromSeconds(30),
        async () => (await _reader.PageAsync(path)).Contains(text, StringComparison.Ordinal), $"{path} shows {text}", TimeSpan.FromMilliseconds(100));

    [Fact]
    public async Task The_claimants_index_lists_each_claimant_with_their_count_page_and_feed_and_never_a_drafts()
    {
        await _reader.PageAsync("/claimants"); // cached before the news
        var claimant = Unique("Index Person");
        await new ClaimStories(db.App.Writer).PublishedAsync(claimant);
        await new ClaimStories(db.App.Writer).PublishedAsync(claimant);
        var draft = Unique("Index Draft");
        await new ClaimStories(db.App.Writer).RegisterAsync(draft);
        var slug = Slugs.From(claimant);

        await ShowsAsync("/claimants", $"<a href=\"/claimants/{slug}\">{claimant}</a> <span class=\"meta\">2 fact checks</span>");

        var html = await _reader.PageAsync("/claimants");
        html.ShouldContain($"href=\"/feeds/claimants/{slug}.rss\"");
        html.ShouldContain("<h2 id=\"initial-i\">I</h2>");
        html.ShouldNotContain(draft);
    }

    [Fact]
    public async Task The_topics_index_lists_each_topic_by_its_published_name_and_never_a_desk_edit_not_yet_approved()
    {
        var topic = Unique("Index topic");
        var claimant = Unique("Topic Index Person");
        var story = await new ClaimStories(db.App.Writer).PublishedAsync(claimant, topic);
        await ShowsAsync("/topics", $"<a href=\"/topics/{Slugs.From(topic)}\">{topic}</a> <span class=\"meta\">1 fact check</span>");

        // The desk respells both (same slugs) and does not publish: readers keep the published spelling.
        await story.DoAsync(new EditClaim(story.Statement, true, claimant.ToUpperInvariant(), ClaimantKind.Person, "Minister of Interior",
            null, [topic.ToUpperInvariant()], "en"), ClaimStories.Reporter);
        var other = Unique("Later topic");
        await new ClaimStories(db.App.Writer).PublishedAsync(Unique("Later Person"), other);
        await ShowsAsync("/topics", other); // the daemon has passed the edit

        (await _reader.PageAsync("/topics")).ShouldNotContain(topic.ToUpperInvariant(), Case.Sensitive);
        (await _reader.PageAsync("/claimants")).ShouldNotContain(claimant.ToUpperInvariant(), Case.Sensitive);
        (await _reader.PageAsync("/claimants")).ShouldContain(claimant);
        (await _reader.PageAsync($"/feeds/topics/{Slugs.From(topic)}.rss")).ShouldNotContain(topic.ToUpperInvariant(), Case.Sensitive);
    }

    [Fact]
    public async Task A_retracted_claims_claimant_leaves_the_index()
    {
        var claimant = Unique("Retracted Index Person");
        var story = await new ClaimStories(db.App.Writer).PublishedAsync(claimant);
        await ShowsAsync("/claimants", claimant);

        await story.RetractAsync("The quote was misattributed.");

        await Eventually.HoldsAsync(TimeSpan.FromSeconds(30), async () => !(await _reader.PageAsync("/claimants")).Contains(claimant, StringComparison.Ordinal),
            "the claimant leaves the index", TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public async Task The_site_navigation_and_footer_link_the_indexes_and_the_feeds()
    {
        var html = await _reader.PageAsync("/");

        html.ShouldContain("<li><a href=\"/topics\">Topics</a></li>");
        html.ShouldContain("<li><a href=\"/claimants\">Claimants</a></li>");
        html.ShouldContain("<a href=\"/feeds\">another feed</a>");
    }

    [Theory]
    [InlineData("/claimants?page=0", HttpStatusCode.BadRequest)]
    [InlineData("/topics?page=x", HttpStatusCode.BadRequest)]
    [InlineData("/claimants?page=999", HttpStatusCode.NotFound)]
    [InlineData("/topics?page=2", HttpStatusCode.NotFound)]
    public async Task Absurd_or_empty_pages_are_a_4xx_page(string path, HttpStatusCode expected)
    {
        var (response, body) = await _reader.GetAsync(path);

        response.StatusCode.ShouldBe(expected);
        body.ShouldContain("<h1>");
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }

    public void Dispose() => _reader.Dispose();
}
