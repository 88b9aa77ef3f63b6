using System.Net;
using System.Text.RegularExpressions;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Infrastructure.Web;

namespace ClaimTrack.IntegrationTests.Infrastructure.Web;

/// <summary>The app with its public address set, as a newsroom runs it behind its proxy.</summary>
public sealed class PublicAddressApp(TestCluster cluster) : IAsyncLifetime
{
    public const string Site = "https://factcheck.example.org";
    public ClaimTrackApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync() => App = await ClaimTrackApp.StartAsync(cluster, "public-address",
        settings: new Dictionary<string, string> { [PublicAddress.Setting] = Site + "/" });

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

/// <summary>Issue 13: every absolute address is the public one, and a Host naming another site is turned away.</summary>
public sealed partial class PublicAddressTests(PublicAddressApp site) : IClassFixture<PublicAddressApp>
{
    private const string Site = PublicAddressApp.Site;

    [Fact]
    public async Task Only_the_public_address_is_answered_and_every_link_names_it()
    {
        var story = await new ClaimStories(site.App.Writer).PublishedAsync("Address Person", "Addresses");
        var claim = Reader.ClaimPath(story);

        using (var stranger = new Reader(site.App, new Uri("http://evil.example")))
        {
            foreach (var path in ReaderAddresses(story))
            {
                var (response, body) = await stranger.GetAsync(path);
                response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, path);
                body.ShouldBe($"Bad request: this site answers only as {Site}, and the Host header names another.");
            }
            // A probe names the node by its own address; a health answer holds no link.
            (await stranger.GetAsync("/health/live")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var reader = new Reader(site.App, new Uri(Site));
        foreach (var path in ReaderAddresses(story))
        {
            var body = await reader.PageAsync(path);
            var ours = AbsoluteAddresses(body).Where(address => !Elsewhere.Contains(new Uri(address).Host)).ToList();
            ours.ShouldNotBeEmpty(path);
            ours.ShouldAllBe(address => address.StartsWith(Site + "/", StringComparison.Ordinal), path);
        }

        var page = await reader.PageAsync(claim);
        page.ShouldContain($"<link rel=\"canonical\" href=\"{Site}{claim}\" />");
        page.ShouldContain($"<meta property=\"og:url\" content=\"{Site}{claim}\" />");
        using var review = Reader.ClaimReview(page);
        review.RootElement.GetProperty("url").GetString().ShouldBe(Site + claim);
        review.RootElement.GetProperty("author").GetProperty("url").GetString().ShouldBe(Site + "/");
        (await reader.PageAsync("/robots.txt")).ShouldContain($"Sitemap: {Site}/sitemap.xml");
        (await reader.PageAsync("/sitemap.xml")).ShouldContain($"<loc>{Site}{claim}</loc>");
        (await reader.PageAsync("/feeds/verdicts.rss")).ShouldContain($"<link>{Site}{claim}#update-");
    }

    /// <summary>Every kind of reader address: pages, listings, search, the machines' files and the feeds.</summary>
    public static IReadOnlyList<string> ReaderAddresses(ClaimStories story) =>
    [
        Reader.ClaimPath(story), "/", $"/claimants/{Slugs.From("Address Person")}", "/topics/addresses", "/corrections",
        "/methodology", "/search?q=turnout", "/sitemap.xml", "/robots.txt", "/feeds/verdicts.rss", "/feeds/verdicts.atom",
        $"/feeds/claims/{story.ClaimId}.rss", "/feeds/topics/addresses.atom",
    ];

    // What the pages link to that is not this site: XML namespaces, schema.org, the test claims' sources.
    private static readonly HashSet<string> Elsewhere = ["schema.org", "www.sitemaps.org", "www.w3.org", "purl.org", "news.example.org", "elections.example.org"];

    public static IEnumerable<string> AbsoluteAddresses(string body) => Absolute().Matches(body).Select(match => match.Value);

    [GeneratedRegex("https?://[^\\s\"'<>\\\\]+")]
    private static partial Regex Absolute();
}

/// <summary>Without a public address (a demo on one machine): links name the listening address, never the Host header.</summary>
public sealed class NoPublicAddressTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>
{
    [Fact]
    public async Task A_forged_host_never_reaches_a_link_and_a_foreign_one_is_turned_away()
    {
        var story = await new ClaimStories(db.App.Writer).PublishedAsync("Address Person", "Addresses");

        // Another loopback name is answered (a demo opened as 127.0.0.1 or localhost), but links keep the app's own address.
        using (var loopback = new Reader(db.App, new Uri("http://127.0.0.9:7777")))
        {
            foreach (var path in PublicAddressTests.ReaderAddresses(story))
            {
                var body = await loopback.PageAsync(path);
                body.ShouldNotContain("127.0.0.9", customMessage: path);
                PublicAddressTests.AbsoluteAddresses(body).ShouldContain(a => a.StartsWith("http://localhost/", StringComparison.Ordinal), path);
            }
        }

        // Any other name, such as one an attacker's page resolves to 127.0.0.1 (DNS rebinding), is a 400.
        using var stranger = new Reader(db.App, new Uri("http://rebind.evil.example"));
        foreach (var path in PublicAddressTests.ReaderAddresses(story).Append("/account/login").Append("/desk"))
        {
            var (response, body) = await stranger.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, path);
            body.ShouldContain(PublicAddress.Setting);
            body.ShouldNotContain("evil.example");
        }
    }
}
