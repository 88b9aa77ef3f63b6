using System.ComponentModel;
using ClaimTrack.Web.Features.Claims;

namespace ClaimTrack.Web.Features.Public.Api;

[Description("A page of claimants with published fact checks, by slug.")]
public sealed record ApiClaimantPage(IReadOnlyList<ApiClaimantCount> Claimants,
    [property: Description("The address of the next page, or null on the last one.")] string? Next);

[Description("A claimant and how their published claims were rated (retracted ones not counted).")]
public sealed record ApiClaimantCount(
    string Slug, string Name, ClaimantKind Kind, string? Affiliation, string Url,
    [property: Description("Their claims in this API (the claims list filtered by claimant).")] string ClaimsUrl,
    [property: Description("Published fact checks.")] int Published,
    [property: Description("Published fact checks by rating key.")] IReadOnlyDictionary<string, int> ByRating);

[Description("A page of topics with published fact checks, by slug.")]
public sealed record ApiTopicPage(IReadOnlyList<ApiTopicCount> Topics,
    [property: Description("The address of the next page, or null on the last one.")] string? Next);

[Description("A topic and how its published claims were rated (retracted ones not counted).")]
public sealed record ApiTopicCount(
    string Slug, string Name, string Url, string ClaimsUrl, int Published, IReadOnlyDictionary<string, int> ByRating);

[Description("The newsroom's rating scale.")]
public sealed record ApiScale(
    [property: Description("The ClaimReview value of the best rating.")] int BestRating,
    [property: Description("The ClaimReview value of the worst rating.")] int WorstRating,
    [property: Description("Every rating, in the scale's order; retired ones stay, as old verdicts use them.")] IReadOnlyList<ApiRating> Ratings);

[Description("One rating of the scale.")]
public sealed record ApiRating(
    string Key, string Label,
    [property: Description("The number schema.org ClaimReview publishes for it.")] int ClaimReviewValue,
    [property: Description("The colour readers see (#rrggbb).")] string Colour,
    [property: Description("true when editors may no longer choose it.")] bool Retired,
    [property: Description("When the newsroom gives this rating, in plain words.")] string Definition,
    [property: Description("The label and definition in the newsroom's other languages, by language tag (such as es); where a language or a word is missing, Label and Definition stand.")]
    IReadOnlyDictionary<string, ApiRatingWords> Translations);

[Description("A rating's words in one language.")]
public sealed record ApiRatingWords(
    [property: Description("The label in that language; empty when only the definition is translated.")] string Label,
    [property: Description("The definition in that language; empty when only the label is translated.")] string Definition);

[Description("Where the API's parts are.")]
public sealed record ApiIndex(string Name, string Documentation, string OpenApi, IReadOnlyDictionary<string, string> Links);
