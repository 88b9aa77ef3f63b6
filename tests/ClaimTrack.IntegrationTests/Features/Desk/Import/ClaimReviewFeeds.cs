using System.Text.Json;

namespace ClaimTrack.IntegrationTests.Features.Desk.Import;

/// <summary>Other fact-checkers' ClaimReview as they publish it, for the import tests.</summary>
public static class ClaimReviewFeeds
{
    public static object Review(string url, string claim, string? claimant, string organisation = "Checkers United", string rating = "False") => new Dictionary<string, object?>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "ClaimReview",
        ["url"] = url,
        ["claimReviewed"] = claim,
        ["datePublished"] = "2025-03-04",
        ["inLanguage"] = "en",
        ["author"] = new Dictionary<string, object> { ["@type"] = "Organization", ["name"] = organisation, ["url"] = "https://checkers.example.org" },
        ["itemReviewed"] = new Dictionary<string, object?> { ["@type"] = "Claim", ["author"] = claimant is null ? null : new Dictionary<string, string> { ["@type"] = "Person", ["name"] = claimant } },
        ["reviewRating"] = new Dictionary<string, object> { ["@type"] = "Rating", ["ratingValue"] = 1, ["bestRating"] = 5, ["worstRating"] = 1, ["alternateName"] = rating },
    };

    /// <summary>A DataFeed in Google's format: each review wrapped in a DataFeedItem.</summary>
    public static string Feed(params object[] items) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "DataFeed",
        ["dataFeedElement"] = items.Select(i => new Dictionary<string, object> { ["@type"] = "DataFeedItem", ["item"] = new[] { i } }).ToArray(),
    });

    public static string Page(object review) =>
        $"<!doctype html><html><head><title>A fact check</title><script type=\"application/ld+json\">{JsonSerializer.Serialize(review)}</script></head><body><p>Checked.</p></body></html>";

    public static object NotAReview => new Dictionary<string, string> { ["@type"] = "NewsArticle", ["headline"] = "Not a review" };
}
