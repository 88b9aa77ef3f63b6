using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Ratings;
using ClaimTrack.Web.Features.Claims.ReadModels;
using Marten;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Public.Api;

/// <summary>
/// Claimants and topics with their published claims counted by rating. Counted from the reader's view of each claim,
/// not from the desk's summaries: those count drafts too, and follow a moment later (async), while a cached answer
/// must hold the counts of the publication that evicted it.
/// </summary>
public static class FacetListEndpoints
{
    public static async Task<IResult> ClaimantsAsync(
        [AsParameters] FacetListParameters parameters, HttpContext http, IQuerySession session, IOptions<PublicSiteOptions> options)
    {
        var (query, problem) = FacetListQuery.Read(parameters);
        if (query is null) return problem!.ToResult();
        var site = await PublicContext.LoadAsync(http, session, options);
        var rows = await session.QueryAsync<ClaimantRow>(FacetSql.Claimants, http.RequestAborted, query.Size + 1, query.Skip);
        var claimants = rows.Take(query.Size).Select(row =>
        {
            var c = ApiClaims.Claimant(row.Claimant, site);
            return new ApiClaimantCount(row.Slug, c.Name, c.Kind, c.Affiliation, c.Url,
                site.Absolute($"{ApiClaims.Base}/claims?claimant={row.Slug}"), row.Published, row.ByRating);
        });
        return ApiAnswer.Json(http, new ApiClaimantPage([.. claimants], NextPage(site, "claimants", query, rows.Count)));
    }

    public static async Task<IResult> TopicsAsync(
        [AsParameters] FacetListParameters parameters, HttpContext http, IQuerySession session, IOptions<PublicSiteOptions> options)
    {
        var (query, problem) = FacetListQuery.Read(parameters);
        if (query is null) return problem!.ToResult();
        var site = await PublicContext.LoadAsync(http, session, options);
        var rows = await session.QueryAsync<TopicRow>(FacetSql.Topics, http.RequestAborted, query.Size + 1, query.Skip);
        var topics = rows.Take(query.Size).Select(row => new ApiTopicCount(
            row.Slug, row.Names.FirstOrDefault(name => Slugs.From(name) == row.Slug) ?? row.Slug, site.Absolute(PublicPaths.Topic(row.Slug)),
            site.Absolute($"{ApiClaims.Base}/claims?topic={row.Slug}"), row.Published, row.ByRating));
        return ApiAnswer.Json(http, new ApiTopicPage([.. topics], NextPage(site, "topics", query, rows.Count)));
    }

    public static async Task<IResult> RatingsAsync(HttpContext http, IQuerySession session, IOptions<PublicSiteOptions> options)
    {
        var scale = (await PublicContext.LoadAsync(http, session, options)).Scale;
        return ApiAnswer.Json(http, new ApiScale(scale.BestRating, scale.WorstRating,
            [.. scale.Ratings.Select(r => new ApiRating(r.Key, r.Label, r.ClaimReviewValue, r.Colour, r.Retired, r.Definition,
                (r.Translations ?? new Dictionary<string, RatingWords>()).ToDictionary(t => t.Key, t => new ApiRatingWords(t.Value.Label, t.Value.Definition))))]));
    }

    private static string? NextPage(PublicContext site, string list, FacetListQuery query, int rows) =>
        rows > query.Size && query.Page < Paging.MaxPage ? site.Absolute($"{ApiClaims.Base}/{list}?{query.Canonical(query.Page + 1)}") : null;

    internal sealed record ClaimantRow(string Slug, int Published, Dictionary<string, int> ByRating, Claimant Claimant);

    internal sealed record TopicRow(string Slug, int Published, Dictionary<string, int> ByRating, List<string> Names);
}

/// <summary>The counting queries, over the published claims' table (one row per claimant or topic, by slug).</summary>
internal static class FacetSql
{
    private const string Table = ReaderClaim.Table;
    private const string UpdatedAt = "public.mt_immutable_timestamptz(c.data ->> 'LastModifiedAt')";
    // The index Marten builds for Index(c => c.TopicSlugs) is on this expression (see TopicFilter).
    private const string TopicSlugs = "CAST(d.data ->> 'TopicSlugs' as jsonb)";

    public const string Claimants = $"""
        select json_build_object('Slug', s.slug, 'Published', s.published, 'ByRating', s.by_rating, 'Claimant',
            (select c.data -> 'Content' -> 'Claimant' from {Table} c
             where c.data ->> 'ClaimantSlug' = s.slug and c.retracted = false order by {UpdatedAt} desc limit 1))
        from (select slug, sum(n)::int as published, jsonb_object_agg(rating, n) as by_rating
              from (select d.data ->> 'ClaimantSlug' as slug, d.data ->> 'Rating' as rating, count(*)::int as n
                    from {Table} d where d.retracted = false group by 1, 2) r
              group by slug order by slug limit ? offset ?) s
        order by s.slug
        """;

    public const string Topics = $"""
        select json_build_object('Slug', s.slug, 'Published', s.published, 'ByRating', s.by_rating, 'Names',
            (select c.data -> 'Content' -> 'Topics' from {Table} c
             where CAST(c.data ->> 'TopicSlugs' as jsonb) @> jsonb_build_array(s.slug) and c.retracted = false
             order by {UpdatedAt} desc limit 1))
        from (select slug, sum(n)::int as published, jsonb_object_agg(rating, n) as by_rating
              from (select t.slug, d.data ->> 'Rating' as rating, count(distinct d.id)::int as n
                    from {Table} d cross join lateral jsonb_array_elements_text({TopicSlugs}) as t(slug)
                    where d.retracted = false group by 1, 2) r
              group by slug order by slug limit ? offset ?) s
        order by s.slug
        """;
}
