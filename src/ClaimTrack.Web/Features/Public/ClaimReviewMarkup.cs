using System.Globalization;
using System.Text.Json.Nodes;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.ReadModels;

namespace ClaimTrack.Web.Features.Public;

/// <summary>schema.org ClaimReview JSON-LD for a published claim: what search engines and fact-check aggregators read.</summary>
public static class ClaimReviewMarkup
{
    // The default encoder escapes <, > and &, so the markup cannot close its own <script> element.
    public static string For(ReaderClaim claim, PublicContext site) => Build(claim, site).ToJsonString();

    /// <summary>The ClaimReview as a JSON object: the claim page embeds it, the ClaimReview DataFeed lists it.</summary>
    public static JsonObject Build(ReaderClaim claim, PublicContext site)
    {
        var content = claim.Content;
        var rating = site.Scale.Find(content.Verdict.Rating);
        // The claim marks its first appearance when it is published; the earliest stands in should a marking be missing.
        var first = content.Appearances.FirstOrDefault(a => a.IsFirst) ?? content.Appearances.MinBy(a => a.AppearedOn)!;
        var review = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ClaimReview",
            ["url"] = site.Absolute(PublicPaths.Claim(claim.Id, claim.Slug)),
            ["claimReviewed"] = content.Statement,
            // The claim's own language, which search engines match to their reader's; the rating is named in it too.
            ["inLanguage"] = content.Language,
            ["datePublished"] = Day(claim.FirstPublishedAt),
            ["dateModified"] = claim.LastModifiedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["author"] = new JsonObject { ["@type"] = "Organization", ["name"] = site.SiteName, ["url"] = site.Absolute("/") },
            ["reviewRating"] = new JsonObject
            {
                ["@type"] = "Rating",
                ["ratingValue"] = rating?.ClaimReviewValue ?? site.Scale.WorstRating,
                ["bestRating"] = site.Scale.BestRating,
                ["worstRating"] = site.Scale.WorstRating,
                ["alternateName"] = rating?.LabelIn(content.Language) ?? content.Verdict.Rating,
            },
            ["itemReviewed"] = new JsonObject
            {
                ["@type"] = "Claim",
                ["author"] = new JsonObject
                {
                    ["@type"] = content.Claimant.Kind == ClaimantKind.Person ? "Person" : "Organization",
                    ["name"] = content.Claimant.Name,
                    [content.Claimant.Kind == ClaimantKind.Person ? "jobTitle" : "description"] = content.Claimant.Affiliation,
                },
                ["datePublished"] = first.AppearedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["firstAppearance"] = Work(first),
                ["appearance"] = new JsonArray([.. content.Appearances.Select(a => (JsonNode)Work(a))]),
            },
        };
        RemoveNulls(review);
        return review;
    }

    private static JsonObject Work(Appearance appearance) => new()
    {
        ["@type"] = "CreativeWork",
        ["url"] = appearance.Url,
        ["datePublished"] = appearance.AppearedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = appearance.Outlet },
    };

    // ClaimReview readers treat "url": null as a broken value; an absent property is simply unknown.
    private static void RemoveNulls(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            foreach (var key in obj.Where(p => p.Value is null).Select(p => p.Key).ToList()) obj.Remove(key);
            foreach (var (_, child) in obj) RemoveNulls(child);
        }
        else if (node is JsonArray array) foreach (var child in array) RemoveNulls(child);
    }

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
