using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;

namespace ClaimTrack.BrowserTests.Support;

/// <summary>What a reader's browser and a subscriber's feed reader get, read the way they read it.</summary>
public static class ReaderChecks
{
    /// <summary>The claim page's ClaimReview block, parsed as a search engine would.</summary>
    public static async Task<JsonElement> ClaimReviewAsync(IPage page)
    {
        var json = await page.Locator("script[type='application/ld+json']").First.TextContentAsync();
        using var document = JsonDocument.Parse(json ?? "");
        return document.RootElement.Clone();
    }

    public static async Task<SyndicationFeed> FeedAsync(IPage page, string path)
    {
        var response = await page.APIRequest.GetAsync(path);
        response.Ok.ShouldBeTrue($"{path} answered {response.Status}");
        using var reader = XmlReader.Create(new MemoryStream(await response.BodyAsync()));
        return SyndicationFeed.Load(reader);
    }

    public static IReadOnlyList<SyndicationItem> ItemsAbout(SyndicationFeed feed, Guid claimId) =>
        [.. feed.Items.Where(i => i.Links.Any(l => l.Uri.AbsolutePath.Contains(claimId.ToString(), StringComparison.Ordinal)))];
}
