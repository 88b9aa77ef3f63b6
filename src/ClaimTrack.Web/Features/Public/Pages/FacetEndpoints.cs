using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.ReadModels;
using Marten;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Public.Pages;

public static class FacetEndpoints
{
    public static async Task<IResult> ClaimantAsync(string slug, string? page, HttpContext http, IQuerySession session, IOptions<PublicSiteOptions> options)
    {
        var site = await PublicContext.LoadAsync(http, session, options);
        if (!Paging.TryRead(page, out var number)) return PublicResults.BadPage(site);
        var (counts, claims) = await FacetQueries.LoadAsync(session, site, c => c.ClaimantSlug == slug, number, http.RequestAborted);
        if (claims.Count == 0) return PublicResults.NotFound(site);
        var claimant = claims[0].Content.Claimant;
        return PublicResults.Page<FacetPage>(new
        {
            Site = site,
            Heading = claimant.Name,
            Path = PublicPaths.Claimant(slug),
            FeedPath = $"/feeds/claimants/{slug}.rss",
            Intro = site.Text["Facet.ClaimantIntro", claimant.Affiliation is null ? claimant.Name : $"{claimant.Name} ({claimant.Affiliation})"].Value,
            Counts = counts,
            Claims = claims,
            Page = number,
            Pages = Paging.PageCount(counts.Sum(c => c.Count), FacetQueries.PageSize),
        });
    }

    public static async Task<IResult> TopicAsync(string slug, string? page, HttpContext http, IQuerySession session, IOptions<PublicSiteOptions> options)
    {
        var site = await PublicContext.LoadAsync(http, session, options);
        if (!Paging.TryRead(page, out var number)) return PublicResults.BadPage(site);
        var (counts, claims) = await FacetQueries.LoadAsync(session, site, TopicFilter.Holds<ReaderClaim>(slug), number, http.RequestAborted);
        if (claims.Count == 0) return PublicResults.NotFound(site);
        var name = claims[0].Content.Topics.FirstOrDefault(t => Slugs.From(t) == slug) ?? slug;
        return PublicResults.Page<FacetPage>(new
        {
            Site = site,
            Heading = name,
            Path = PublicPaths.Topic(slug),
            FeedPath = $"/feeds/topics/{slug}.rss",
            Intro = site.Text["Facet.TopicIntro", name].Value,
            Counts = counts,
            Claims = claims,
            Page = number,
            Pages = Paging.PageCount(counts.Sum(c => c.Count), FacetQueries.PageSize),
        });
    }
}
