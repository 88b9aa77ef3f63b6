using System.Globalization;
using System.Text.Json.Nodes;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Public.Translations;

namespace ClaimTrack.Web.Features.Public.OpenData;

/// <summary>
/// The schema.org DataFeed that fact-check aggregators read in bulk (DataCommons publishes the same shape): each
/// element is a published claim's ClaimReview, the very object its page carries, plus its language, licence and
/// modification time. A claim retracted after publication stays in the feed as a DataFeedItem with dateDeleted and no
/// content, so an aggregator reading changes since its last visit learns to drop its copy.
/// </summary>
public static class ClaimReviewFeed
{
    public const string Path = "/feeds/claimreview.jsonld";
    public const string ContentType = "application/ld+json";

    // hydra:next is the JSON-LD way to link a page to the next; schema.org has no such property, and a made-up one
    // would be flagged by schema.org validators. Under this name it is still a plain "next" for a JSON reader.
    private static JsonArray Context() => new JsonArray("https://schema.org",
        new JsonObject { ["next"] = new JsonObject { ["@id"] = "http://www.w3.org/ns/hydra/core#next", ["@type"] = "@id" } });

    public static JsonObject Build(FeedPages.Page page, PublicContext site, OpenDataOptions terms, DateTimeOffset? latest, string? nextUrl)
    {
        var feed = new JsonObject
        {
            ["@context"] = Context(),
            ["@type"] = "DataFeed",
            ["name"] = $"{site.SiteName}: fact checks (ClaimReview)",
            ["description"] = $"Every fact check published by {site.SiteName}, as schema.org ClaimReview, in the order they last changed.",
            ["url"] = site.Absolute(Path),
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = site.SiteName, ["url"] = site.Absolute("/") },
            ["license"] = terms.LicenceUrl,
            ["dataFeedElement"] = new JsonArray([.. page.Claims.Select(c => (JsonNode)Element(c, site, terms))]),
        };
        if (latest is { } at) feed["dateModified"] = Timestamp(at);
        if (nextUrl is not null) feed["next"] = nextUrl;
        return feed;
    }

    private static JsonObject Element(ReaderClaim claim, PublicContext site, OpenDataOptions terms)
    {
        if (claim.Retracted)
            return new JsonObject
            {
                ["@type"] = "DataFeedItem",
                ["url"] = site.Absolute(PublicPaths.Claim(claim.Id, claim.Slug)),
                ["dateModified"] = Timestamp(claim.RecordChangedAt),
                ["dateDeleted"] = Timestamp(claim.LastModifiedAt),
            };
        var review = ClaimReviewMarkup.Build(claim, site);
        review["sdLicense"] = terms.LicenceUrl;
        review["sdPublisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = site.SiteName, ["url"] = site.Absolute("/") };
        // The page's ClaimReview dates the fact check; the item also carries its translations, and moves with them, as
        // its place in the feed does: a harvester comparing dates sees the new Spanish text.
        review["dateModified"] = Timestamp(claim.RecordChangedAt);
        // schema.org's workTranslation: each approved, fitting translation as the ClaimReview its own page carries.
        var translations = PublishedTranslations.Of(claim);
        if (translations.Count > 0)
            review["workTranslation"] = new JsonArray([.. translations.Select(t => (JsonNode)new JsonObject
            {
                ["@type"] = "ClaimReview",
                ["url"] = site.Absolute(PublishedTranslations.PagePath(claim, t.Language, site)),
                ["inLanguage"] = t.Language,
                ["claimReviewed"] = t.Text.Statement,
                ["reviewBody"] = t.Text.Summary,
            })]);
        return review;
    }

    // The same form as the ClaimReview's own dateModified.
    private static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
