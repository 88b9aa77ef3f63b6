using System.Net;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;

namespace ClaimTrack.IntegrationTests.Features.Public;

public sealed class ListingPagesTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>, IDisposable
{
    private readonly Reader _reader = new(db.App);

    private static string Unique(string prefix) => $"{prefix} {Guid.NewGuid():N}"[..(prefix.Length + 9)];

    [Fact]
    public async Task The_home_page_lists_new_verdicts_and_revisions_at_once_and_never_drafts()
    {
        await _reader.PageAsync("/"); // cached before the news
        var claimant = Unique("Home Person");
        var story = await new ClaimStories(db.App.Writer).PublishedAsync(claimant);
        await story.ReviseAsync("half-true", "Recount published.");
        var draft = Unique("Draft Person");
        await new ClaimStories(db.App.Writer).RegisterAsync(draft);

        var html = await _reader.PageAsync("/");

        html.ShouldContain(claimant);
        html.ShouldContain("Revised verdict");
        html.ShouldNotContain(draft);
    }

    [Fact]
    public async Task A_claimant_page_lists_their_claims_with_a_rating_chart()
    {
        var claimant = Unique("Chart Person");
        await new ClaimStories(db.App.Writer).PublishedAsync(claimant);
        var second = await new ClaimStories(db.App.Writer).PublishedAsync(claimant);
        await second.ReviseAsync("true", "Final figures confirmed it.");

        var html = await _reader.PageAsync($"/claimants/{Slugs.From(claimant)}");

        html.ShouldContain($"<h1>{claimant}</h1>");
        html.ShouldContain("<svg role=\"img\"");
        html.ShouldContain("True: 1, False: 1");
        html.ShouldContain("Ratings of 2 published fact checks");
        html.ShouldContain($"/feeds/claimants/{Slugs.From(claimant)}.rss");
    }

    [Fact]
    public async Task A_topic_page_lists_the_claims_on_that_topic()
    {
        var topic = Unique("Topic");
        await new ClaimStories(db.App.Writer).PublishedAsync(Unique("Topic Person"), topic);

        var html = await _reader.PageAsync($"/topics/{Slugs.From(topic)}");

        html.ShouldContain($"<h1>{topic}</h1>");
        html.ShouldContain("Turnout was the highest in forty years.");
    }

    [Theory]
    [InlineData("/claimants/nobody-by-this-name", HttpStatusCode.NotFound)]
    [InlineData("/topics/no-such-topic", HttpStatusCode.NotFound)]
    [InlineData("/claimants/anyone?page=0", HttpStatusCode.BadRequest)]
    [InlineData("/claimants/anyone?page=abc", HttpStatusCode.BadRequest)]
    [InlineData("/corrections?page=99999999999", HttpStatusCode.BadRequest)]
    [InlineData("/corrections?page=-3", HttpStatusCode.BadRequest)]
    public async Task Unknown_names_and_absurd_pages_get_a_plain_4xx(string path, HttpStatusCode expected)
    {
        var (response, body) = await _reader.GetAsync(path);

        response.StatusCode.ShouldBe(expected);
        body.ShouldContain("<h1>");
    }

    [Fact]
    public async Task The_corrections_log_lists_revisions_and_corrections_newest_first_with_their_reasons()
    {
        var story = await new ClaimStories(db.App.Writer).PublishedAsync(Unique("Log Person"));
        await story.ReviseAsync("mostly-false", "A second count came in.");
        await story.CorrectAsync("Fixed summary for the log.", "Fixed reasoning.", "Typo in the summary");

        var html = await _reader.PageAsync("/corrections");

        html.ShouldContain("Why: Typo in the summary");
        html.ShouldContain("Why: A second count came in.");
        html.IndexOf("Typo in the summary", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("A second count came in.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_methodology_page_shows_the_rating_scale()
    {
        var html = await _reader.PageAsync("/methodology");

        foreach (var label in new[] { "True", "Mostly true", "Half true", "Mostly false", "False", "Misleading", "Unproven" })
            html.ShouldContain($">{label}</span>");
    }

    [Fact]
    public async Task The_sitemap_lists_published_claims_only_and_robots_points_to_it()
    {
        var published = await new ClaimStories(db.App.Writer).PublishedAsync(Unique("Sitemap Person"));
        var draft = await new ClaimStories(db.App.Writer).RegisterAsync(Unique("Sitemap Draft"));

        var sitemap = await _reader.PageAsync("/sitemap.xml");
        var robots = await _reader.PageAsync("/robots.txt");

        sitemap.ShouldContain($"{Reader.ClaimPath(published)}</loc><lastmod>");
        sitemap.ShouldNotContain(draft.ClaimId.ToString());
        robots.ShouldContain("Sitemap: http://localhost/sitemap.xml");
        robots.ShouldContain("Disallow: /desk");
    }

    public void Dispose() => _reader.Dispose();
}
