using System.Text.Json.Nodes;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Public;
using ClaimTrack.Web.Features.Public.OpenData;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Public.OpenData;

/// <summary>The DataFeed document: the claim page's own ClaimReview per claim, with language and licence; retractions as deletions.</summary>
public sealed class ClaimReviewFeedTests
{
    private static readonly PublicContext Site = new("Harbour Checks", "https://factcheck.example.org", Scale);
    private static readonly OpenDataOptions Terms = new() { LicenceUrl = "https://example.org/licence" };

    private static JsonObject Feed(string? next, params ReaderClaim[] claims) =>
        ClaimReviewFeed.Build(new FeedPages.Page(claims, null), Site, Terms, Now, next);

    [Fact]
    public void Each_element_is_the_claim_pages_review_with_its_language_and_licence()
    {
        var claim = Shown(PublishedHistory())!;

        var element = Feed(null, claim)["dataFeedElement"]!.AsArray().Single()!.AsObject();

        element["inLanguage"]!.GetValue<string>().ShouldBe("en");
        element["sdLicense"]!.GetValue<string>().ShouldBe("https://example.org/licence");
        // The language is the page's own too (ClaimReviewMarkup); the licence and publisher are the feed's alone.
        element.Remove("sdLicense");
        element.Remove("sdPublisher");
        element.ToJsonString().ShouldBe(ClaimReviewMarkup.For(claim, Site));
    }

    [Fact]
    public void The_feed_says_what_it_is_who_publishes_it_under_which_licence_and_when_it_last_changed()
    {
        var feed = Feed("https://factcheck.example.org/feeds/claimreview.jsonld?since=x");

        feed["@type"]!.GetValue<string>().ShouldBe("DataFeed");
        feed["license"]!.GetValue<string>().ShouldBe("https://example.org/licence");
        feed["dateModified"]!.GetValue<string>().ShouldBe("2025-03-10T12:00:00Z");
        feed["url"]!.GetValue<string>().ShouldBe("https://factcheck.example.org/feeds/claimreview.jsonld");
        feed["next"]!.GetValue<string>().ShouldBe("https://factcheck.example.org/feeds/claimreview.jsonld?since=x");
        feed["dataFeedElement"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public void A_retracted_claim_is_a_deletion_with_nothing_of_its_content()
    {
        var claim = Shown(RetractedHistory("Misattributed quote."))!;

        var element = Feed(null, claim)["dataFeedElement"]!.AsArray().Single()!.AsObject();

        element["@type"]!.GetValue<string>().ShouldBe("DataFeedItem");
        element["dateDeleted"]!.GetValue<string>().ShouldBe(element["dateModified"]!.GetValue<string>());
        element["url"]!.GetValue<string>().ShouldContain(claim.Id.ToString());
        element.ToJsonString().ShouldNotContain(claim.Content.Statement);
        element.ToJsonString().ShouldNotContain("Misattributed");
    }
}
