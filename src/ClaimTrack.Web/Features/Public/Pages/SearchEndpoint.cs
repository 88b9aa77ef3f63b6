using System.Linq.Expressions;
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
        HttpContext http, IQuerySession session, IOptions<PublicSiteOptions> options, IOptions<NewsroomOptions> newsroom, SearchVerdicts verdicts)
    {
        var site = await PublicContext.LoadAsync(http, session, options);
        var (query, problem) = SearchQuery.Read(http.Request.Query);
        if (query is { Language: { } language } && !NewsroomLanguages.IsConfigured(newsroom.Value, language))
            (query, problem) = (null, $"We publish in {NewsroomLanguages.Listed(newsroom.Value)}: lang={language} is not one of them.");
        if (query is null) return PublicResults.Status(site, StatusCodes.Status400BadRequest, "Search could not run", problem!);
        var languages = newsroom.Value.Languages;
        if (query.IsEmpty) return PublicResults.Page<SearchPage>(new { Site = site, Query = query, Results = Array.Empty<ClaimListItem>(), Total = 0L, Languages = languages });

        var ct = http.RequestAborted;
        var filters = Filters(query);
        if (query.Text is { } words)
        {
            // websearch_to_tsquery accepts anything a reader types (quotes, dashes, "or") without a syntax error.
            // A search with few matches is ranked (a statement match first); a common word is walked by date.
            if (await SearchRanking.RankedPageAsync(session, filters, query.IsWordsOnly, words, query.Page, verdicts, ct) is var (results, matched))
                return PublicResults.Page<SearchPage>(new { Site = site, Query = query, Results = results, Total = (long)matched, Languages = languages });
            filters.Add(SearchTermsSetup.Matching<ReaderClaim>(ClaimSearch.PublishedClaims, words));
        }

        // The page and its count in one round trip. The count stops at the cap: past it, "more than 100" is all a reader
        // needs, and a common word's tens of thousands of matches are never walked.
        var batch = session.CreateBatchQuery();
        var pageQuery = filters.Aggregate(batch.Query<ReaderClaim>(), (q, f) => q.Where(f))
            .OrderByDescending(c => c.LastModifiedAt)
            .Skip((query.Page - 1) * SearchQuery.PageSize).Take(SearchQuery.PageSize)
            .Select(ClaimListItem.Selected).ToList();
        var counted = filters.Aggregate(batch.Query<ReaderClaim>(), (q, f) => q.Where(f))
            .Take(SearchQuery.CountCap + 1).Select(c => c.Id).ToList();
        await batch.Execute(ct);
        var page = await pageQuery;
        return PublicResults.Page<SearchPage>(new { Site = site, Query = query, Results = page, Total = (long)(await counted).Count, Languages = languages });
    }

    /// <summary>The reader's filters other than the words, retracted claims left out.</summary>
    private static List<Expression<Func<ReaderClaim, bool>>> Filters(SearchQuery query)
    {
        List<Expression<Func<ReaderClaim, bool>>> filters = [c => !c.Retracted];
        if (query.Rating is { } rating) filters.Add(c => c.Rating == rating);
        if (query.Language is { } language) filters.Add(c => c.Content.Language == language);
        if (query.ClaimantSlug is { } claimant) filters.Add(c => c.ClaimantSlug == claimant);
        if (query.TopicSlug is { } topic) filters.Add(TopicFilter.Holds<ReaderClaim>(topic));
        if (query.From is { } from) { var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero); filters.Add(c => c.FirstPublishedAt >= start); }
        if (query.To is { } to) { var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero); filters.Add(c => c.FirstPublishedAt < end); }
        return filters;
    }
}
