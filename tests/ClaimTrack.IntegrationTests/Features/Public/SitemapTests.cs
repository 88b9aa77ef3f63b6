using System.Net;
using System.Xml.Linq;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;

namespace ClaimTrack.IntegrationTests.Features.Public;

/// <summary>A sitemap of three addresses per file, so a handful of claims already needs the index and its files.</summary>
public sealed class SmallSitemapDatabase(TestCluster cluster) : IAsyncLifetime
{
    public ClaimTrackApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync() => App = await ClaimTrackApp.StartAsync(cluster, "sitemaps",
        settings: new Dictionary<string, string> { ["ClaimTrack:PublicSite:SitemapSize"] = "3" });

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

public sealed class SitemapIndexTests(SmallSitemapDatabase db) : IClassFixture<SmallSitemapDatabase>, IDisposable
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly Reader _reader = new(db.App);

    private async Task<XElement> XmlAsync(string path) => XElement.Parse(await _reader.PageAsync(path));

    /// <summary>Every address the index leads to, after checking that no file holds more than three.</summary>
    private async Task<IReadOnlyList<string>> AllAddressesAsync()
    {
        var index = await XmlAsync("/sitemap.xml");
        index.Name.ShouldBe(Sitemap + "sitemapindex");
        var addresses = new List<string>();
        foreach (var file in index.Elements(Sitemap + "sitemap").Select(s => new Uri(s.Element(Sitemap + "loc")!.Value).PathAndQuery))
        {
            var urls = (await XmlAsync(file)).Elements(Sitemap + "url").ToList();
            urls.Count.ShouldBeInRange(1, 3, file);
            addresses.AddRange(urls.Select(u => new Uri(u.Element(Sitemap + "loc")!.Value).AbsolutePath));
        }
        return addresses;
    }

    [Fact]
    public async Task Past_its_size_the_sitemap_is_an_index_of_files_that_list_every_page_once_and_no_draft()
    {
        var topic = $"Sitemap topic {Guid.NewGuid():N}"[..22];
        var claimant = $"Sitemap Person {Guid.NewGuid():N}"[..23];
        var published = new List<ClaimStories>();
        for (var i = 0; i < 4; i++) published.Add(await new ClaimStories(db.App.Writer).PublishedAsync(claimant, topic));
        var retracted = await new ClaimStories(db.App.Writer).PublishedAsync(claimant, topic);
        await retracted.RetractAsync("Misattributed.");
        var draft = await new ClaimStories(db.App.Writer).RegisterAsync($"Sitemap Draft {Guid.NewGuid():N}", "Draft only topic");

        IReadOnlyList<string> addresses = [];
        await Eventually.HoldsAsync(TimeSpan.FromSeconds(30), async () =>
            (addresses = await AllAddressesAsync()).Contains($"/claimants/{Slugs.From(claimant)}"), "the claimant's page is listed", TimeSpan.FromMilliseconds(100));

        addresses.ShouldBeUnique();
        foreach (var path in new[] { "/", "/topics", "/claimants", "/feeds", "/corrections", "/methodology", $"/topics/{Slugs.From(topic)}" })
            addresses.ShouldContain(path);
        foreach (var story in published) addresses.ShouldContain(Reader.ClaimPath(story));
        addresses.ShouldNotContain(Reader.ClaimPath(retracted));
        addresses.ShouldNotContain(a => a.Contains(draft.ClaimId.ToString(), StringComparison.Ordinal));
        addresses.ShouldNotContain("/topics/draft-only-topic");
        (await XmlAsync("/sitemaps/claims-1.xml")).Elements(Sitemap + "url").ShouldAllBe(u => u.Element(Sitemap + "lastmod") != null);
    }

    [Theory]
    [InlineData("/sitemaps/claims-0.xml")]
    [InlineData("/sitemaps/claims-999.xml")]
    [InlineData("/sitemaps/pages-999.xml")]
    [InlineData("/sitemaps/claims-99999999999.xml")]
    public async Task Files_past_the_last_are_not_found(string path)
    {
        var (response, _) = await _reader.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    public void Dispose() => _reader.Dispose();
}

public sealed class SitemapTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>, IDisposable
{
    private readonly Reader _reader = new(db.App);

    [Fact]
    public async Task Under_its_size_the_sitemap_is_one_file_with_the_indexes_topics_and_claimants()
    {
        var topic = $"One file topic {Guid.NewGuid():N}"[..23];
        var claimant = $"One File Person {Guid.NewGuid():N}"[..24];
        var story = await new ClaimStories(db.App.Writer).PublishedAsync(claimant, topic);

        await Eventually.HoldsAsync(TimeSpan.FromSeconds(30), async () =>
            (await _reader.PageAsync("/sitemap.xml")).Contains($"/claimants/{Slugs.From(claimant)}</loc><lastmod>", StringComparison.Ordinal),
            "the claimant's page is listed", TimeSpan.FromMilliseconds(100));
        var sitemap = await _reader.PageAsync("/sitemap.xml");

        sitemap.ShouldStartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        sitemap.ShouldContain($"/topics/{Slugs.From(topic)}</loc><lastmod>");
        sitemap.ShouldContain("http://localhost/topics</loc>");
        sitemap.ShouldContain("http://localhost/claimants</loc>");
        sitemap.ShouldContain($"{Reader.ClaimPath(story)}</loc><lastmod>");
    }

    public void Dispose() => _reader.Dispose();
}
