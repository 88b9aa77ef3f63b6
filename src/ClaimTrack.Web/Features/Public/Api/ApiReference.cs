using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Public.Api;

/// <summary>What the reference page (/api) lists: each endpoint, its parameters, an example request and answer.</summary>
public static class ApiReference
{
    public sealed record Endpoint(string Anchor, string Path, string Description, IReadOnlyList<(string Name, string Meaning)> Parameters, string Example, string Answer);

    private static readonly (string, string)[] Paging =
        [("page", "The page, from 1 (the default) to 1000."), ("size", "Entries per page, 1 to 100; 20 when left out.")];

    public static readonly IReadOnlyList<Endpoint> Endpoints =
    [
        new("claims", "/api/v1/claims", "Published claims, the most recently changed first, a page at a time. Follow next until it is null.",
        [
            ("updatedSince", "Only claims published, revised, corrected or retracted, or whose translation was approved or withdrawn, at or after this time: 2025-03-01 or 2025-03-01T09:30:00Z."),
            ("claimant", "A claimant's slug (from /api/v1/claimants)."),
            ("topic", "A topic's slug (from /api/v1/topics)."),
            ("rating", "A rating's key (from /api/v1/ratings)."),
            ("size", "Claims per page, 1 to 100; 20 when left out."),
            ("cursor", "Where the page starts: copy the whole next link rather than building it."),
            ("includeRetracted", "true also lists retracted claims, marked so, without their verdict."),
        ], "/api/v1/claims?topic=elections&size=2",
        """
        {"claims":[{"id":"6f1c…","url":"https://…/claims/6f1c…/turnout-was-…","apiUrl":"https://…/api/v1/claims/6f1c…",
          "statement":"Turnout was the highest in forty years.","isVerbatimQuote":true,
          "claimant":{"slug":"ana-ruiz","name":"Ana Ruiz","kind":"person","affiliation":"Minister of Interior","url":"…"},
          "topics":[{"slug":"elections","name":"Elections","url":"…"}],"rating":{"key":"false","label":"False"},
          "summary":"Turnout was high, but not a forty-year record.","language":"en",
          "firstPublishedAt":"2025-03-03T09:04:00+00:00","updatedAt":"2025-03-05T11:20:00+00:00","retracted":false,"retractionReason":null}, …],
         "next":"https://…/api/v1/claims?topic=elections&size=2&cursor=…"}
        """),
        new("claim", "/api/v1/claims/{id}", "One published claim with its verdict (reasoning in Markdown), evidence, appearances and whole public timeline.",
            [("id", "The claim's id, from a list.")], "/api/v1/claims/6f1c2a9e-5b7d-4f1e-9a53-2c1b0d4e8f70",
        """
        {"id":"6f1c…","url":"…","statement":"…","claimant":{…},"context":null,"topics":[…],"language":"en",
         "verdict":{"rating":{"key":"false","label":"False"},"summary":"…","reasoning":"The council's figures show **71%**…","approvedAt":"…"},
         "evidence":[{"id":"…","title":"Official turnout figures","kind":"officialRecord","url":"…","stance":"contradicts","withdrawn":null,"corrected":null,…}],
         "appearances":[{"outlet":"Evening News","url":"…","appearedOn":"2025-03-01","note":null,"isFirst":true}],
         "timeline":[{"id":"…","kind":"verdict","at":"…","rating":{"key":"false","label":"False"},"summary":"…","reason":null,"by":"Amir Haddad","changes":[],"unreviewed":false}],
         "firstPublishedAt":"…","updatedAt":"…"}
        """),
        new("claimants", "/api/v1/claimants", "Claimants with published fact checks, by slug, with counts by rating.", Paging, "/api/v1/claimants?size=1",
        """
        {"claimants":[{"slug":"ana-ruiz","name":"Ana Ruiz","kind":"person","affiliation":"Minister of Interior","url":"…",
          "claimsUrl":"https://…/api/v1/claims?claimant=ana-ruiz","published":3,"byRating":{"false":2,"half-true":1}}],
         "next":"https://…/api/v1/claimants?page=2&size=1"}
        """),
        new("topics", "/api/v1/topics", "Topics with published fact checks, by slug, with counts by rating.", Paging, "/api/v1/topics",
        """
        {"topics":[{"slug":"elections","name":"Elections","url":"…","claimsUrl":"…","published":5,"byRating":{"false":3,"true":2}}],"next":null}
        """),
        new("ratings", "/api/v1/ratings", "The rating scale, with each rating's ClaimReview value and definition.", [], "/api/v1/ratings",
        """
        {"bestRating":5,"worstRating":1,"ratings":[{"key":"true","label":"True","claimReviewValue":5,"colour":"#1b7f3b","retired":false,"definition":"…"}, …]}
        """),
    ];

    public static async Task<IResult> PageAsync(HttpContext http, Marten.IQuerySession session, IOptions<PublicSiteOptions> options) =>
        PublicResults.Page<ApiReferencePage>(new { Site = await PublicContext.LoadAsync(http, session, options) });
}
