using System.Text.Json;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.OtherFactChecks;

namespace ClaimTrack.Web.Features.Desk.Import;

/// <summary>The fields of one ClaimReview the newsroom keeps, and which of them an item cannot do without.</summary>
internal static class ClaimReviewFields
{
    /// <returns>The review, or null and the missing fields in words ("claimReviewed (the claim's words)").</returns>
    public static (OtherReviewDetails? Review, string Missing) Read(JsonElement review, string? url)
    {
        var author = JsonLd.Object(review, "author");
        var organisation = author is { } a ? JsonLd.Text(a, "name", InputLimits.Name) : JsonLd.Text(review, "author", InputLimits.Name);
        var claimReviewed = JsonLd.Text(review, "claimReviewed", InputLimits.Statement);
        var claim = JsonLd.Object(review, "itemReviewed");
        var rating = Rating(JsonLd.Object(review, "reviewRating"));

        // A link readers follow needs who said it, about what, and what they concluded: without one of these it is noise.
        var missing = new[]
        {
            organisation is null ? "author (the organisation's name)" : null,
            claimReviewed is null ? "claimReviewed (the claim's words)" : null,
            rating is null ? "reviewRating (their rating)" : null,
        }.OfType<string>().ToList();
        if (missing.Count > 0) return (null, string.Join(" and ", missing));

        return (new OtherReviewDetails(
            organisation!,
            author is { } org ? JsonLd.WebAddress(org, "url") : null,
            claimReviewed!,
            claim is { } c ? JsonLd.Text(c, "author", InputLimits.Name) : null,
            JsonLd.Day(review, "datePublished"),
            rating,
            url,
            JsonLd.Text(review, "inLanguage", 35) is { } language ? language
                : JsonLd.Object(review, "inLanguage") is { } l ? JsonLd.Text(l, "alternateName", 35) : null), "");
    }

    /// <summary>Their rating's words when they give them (alternateName), otherwise its value on their scale.</summary>
    private static string? Rating(JsonElement? rating)
    {
        if (rating is not { } r) return null;
        if (JsonLd.Text(r, "alternateName", 100) is { } words) return words;
        if (JsonLd.Text(r, "ratingValue", 20) is not { } value) return null;
        var (worst, best) = (JsonLd.Text(r, "worstRating", 20), JsonLd.Text(r, "bestRating", 20));
        return worst is not null && best is not null ? $"{value} on a scale of {worst} (worst) to {best} (best)" : value;
    }
}
