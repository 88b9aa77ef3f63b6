using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Public.Shared;
using ClaimTrack.Web.Infrastructure.Search;
using Marten;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Public.Pages;

public static class SearchEndpoint
{
    /// <summary>The search as <see cref="SearchQuery.Read"/> understands it, written back as the address its pager links to.</summary>
    public static readonly ReaderQuery Reads = new(query => SearchQuery.Read(query).Query is { } search ? search.Link(search.Page) : null);

    public static async Task<IResult> HandleAsync(
        HttpContext http, IQuerySession session, IOptions<PublicSiteOptions> options, IOptions<NewsroomOptions> newsroom)
    {
        var site = await PublicContext.LoadAsync(http, session, options);
        var (query, problem) = SearchQuery.Read(http.Request.Query);
        if (query is { Language: { } language } && !NewsroomLanguages.IsConfigured(newsroom.Value, language))
            (query, problem) = (null, $"We publish in {NewsroomLanguages.Listed(newsroom.Value)}: lang={language} is not one of them.");
        if (query is null) return PublicResults.Status(site, StatusCodes.Status400BadRequest, "Search could not run", problem!);
        var languages = newsroom.Value.Languages;
        if (query.IsEmpty) return PublicResults.Page<SearchPage>(new { Site = site, Query = query, Results = Array.Empty<ClaimListItem>(), Total = 0L, Languages = languages });

        var ct = http.RequestAborted;
        var claims = Filtered(session.Query<ReaderClaim>().Where(c => !c.Retracted), query);
        if (query.Text is { } words)
        {
            // websearch_to_tsquery accepts anything a reader types (quotes, dashes, "or") without a syntax error.
            // A search with few matches is ranked (a statement match first); a common word is walked by date.
            if (await session.RankedMatchesAsync(ClaimSearch.PublishedClaims, words, ct) is { } ranked)
            {
                var (results, matched) = await SearchRanking.PageAsync(session, claims, ranked, query.Page, ct);
                return PublicResults.Page<SearchPage>(new { Site = site, Query = query, Results = results, Total = (long)matched, Languages = languages });
            }
            claims = claims.MatchingWords(ClaimSearch.PublishedClaims, words);
        }

        var page = await claims.OrderByDescending(c => c.LastModifiedAt)
            .Skip((query.Page - 1) * SearchQuery.PageSize).Take(SearchQuery.PageSize)
            .Select(ClaimListItem.Selected)
            .ToListAsync(ct);
        // A short first page holds every match. Otherwise count, but only up to the cap: past it, "more than 100" is all a
        // reader needs, and a common word's tens of thousands of matches are never walked.
        var total = query.Page == 1 && page.Count < SearchQuery.PageSize ? page.Count
            : (await claims.Select(c => c.Id).Take(SearchQuery.CountCap + 1).ToListAsync(ct)).Count;
        return PublicResults.Page<SearchPage>(new { Site = site, Query = query, Results = page, Total = (long)total, Languages = languages });
    }

    /// <summary>The reader's filters other than the words.</summary>
    private static IQueryable<ReaderClaim> Filtered(IQueryable<ReaderClaim> claims, SearchQuery query)
    {
        if (query.Rating is { } rating) claims = claims.Where(c => c.Rating == rating);
        if (query.Language is { } language) claims = claims.Where(c => c.Content.Language == language);
        if (query.ClaimantSlug is { } claimant) claims = claims.Where(c => c.ClaimantSlug == claimant);
        if (query.TopicSlug is { } topic) claims = claims.Where(TopicFilter.Holds<ReaderClaim>(topic));
        if (query.From is { } from) { var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero); claims = claims.Where(c => c.FirstPublishedAt >= start); }
        if (query.To is { } to) { var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero); claims = claims.Where(c => c.FirstPublishedAt < end); }
        return claims;
    }
}
