using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Public.Shared;
using Marten;
using Marten.Linq.MatchesSql;

namespace ClaimTrack.Web.Features.Public.Pages;

/// <summary>
/// A page of a ranked search: the matching ids come best first from the search table (at most
/// SearchTerms.FewMatches of them), the reader's other filters keep some, and the page is cut in that order.
/// </summary>
public static class SearchRanking
{
    /// <summary>
    /// Up to this many matches, the list fields of all of them are read at once (one query, as many as a short search
    /// always took); beyond, the filters are read for ids only and the page's fields after.
    /// </summary>
    public const int ReadAllUpTo = 3 * SearchQuery.PageSize;

    /// <returns>The page's results in rank order, and how many matched the filters in all.</returns>
    public static async Task<(IReadOnlyList<ClaimListItem> Results, int Matched)> PageAsync(
        IQuerySession session, IQueryable<ReaderClaim> filtered, Guid[] ranked, int page, CancellationToken ct)
    {
        if (ranked.Length == 0) return ([], 0);
        var place = new Dictionary<Guid, int>(ranked.Length);
        for (var i = 0; i < ranked.Length; i++) place[ranked[i]] = i;
        var skip = (page - 1) * SearchQuery.PageSize;
        var matching = filtered.Where(c => c.MatchesSql("d.id = any(?)", ranked));

        if (ranked.Length <= ReadAllUpTo)
        {
            var all = await matching.Select(ClaimListItem.Selected).ToListAsync(ct);
            return ([.. all.OrderBy(c => place[c.Id]).Skip(skip).Take(SearchQuery.PageSize)], all.Count);
        }
        var kept = await matching.Select(c => c.Id).ToListAsync(ct);
        var pageIds = kept.OrderBy(id => place[id]).Skip(skip).Take(SearchQuery.PageSize).ToArray();
        if (pageIds.Length == 0) return ([], kept.Count);
        var items = await session.Query<ReaderClaim>().Where(c => c.MatchesSql("d.id = any(?)", pageIds)).Select(ClaimListItem.Selected).ToListAsync(ct);
        return ([.. items.OrderBy(c => place[c.Id])], kept.Count);
    }
}
