using System.Linq.Expressions;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Public.Shared;
using ClaimTrack.Web.Infrastructure.Search;
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

    private static readonly SearchTerms Terms = ClaimSearch.PublishedClaims;

    /// <summary>The first <see cref="ReadAllUpTo"/> + 1 matches of the words in any order: all of them, when they are few.</summary>
    private static readonly string FirstMatchesSql =
        $"d.id in (select id from {Terms.Table} where terms @@ {Terms.QueryOf("?")} limit {ReadAllUpTo + 1})";

    /// <summary>
    /// Words alone, known rare: the ranked ids (as <see cref="SearchTerms.RankedMatchesOfRareSql"/> ranks them) and, when
    /// they are few, each unretracted match's list fields, in one statement. Each document is read by its id in a
    /// subquery of its own row: a join let the planner, trusting its estimate of hundreds of matches, hash the whole
    /// table (28 ms for a word with two matches at 100,000 claims). The fields are those of
    /// <see cref="ClaimListItem.Selected"/>, taken from the stored JSON as they are (SearchVerdictPathsTests compares
    /// the pages with the other paths'). Parameters: the words, twice.
    /// </summary>
    private static readonly string RankedItemsSql = $"""
        with ranked as (
                select id, ts_rank(terms, {Terms.QueryOf("?")}) as rank from {Terms.Table}
                where terms @@ {Terms.QueryOf("?")} order by rank desc, id desc limit {SearchTerms.FewMatches + 1}),
             counted as (select count(*) as n from ranked)
        select jsonb_build_object('Id', ranked.id, 'Item', case when counted.n <= {ReadAllUpTo} then
                (select jsonb_build_object('Id', d.id, 'Slug', d.data -> 'Slug', 'Statement', d.data -> 'Content' -> 'Statement',
                    'IsVerbatimQuote', d.data -> 'Content' -> 'IsVerbatimQuote', 'ClaimantName', d.data -> 'Content' -> 'Claimant' -> 'Name',
                    'ClaimantSlug', d.data -> 'ClaimantSlug', 'Rating', d.data -> 'Rating',
                    'Summary', d.data -> 'Content' -> 'Verdict' -> 'Summary', 'LastModifiedAt', d.data -> 'LastModifiedAt')
                 from {Terms.Schema}.{ReaderClaim.Table} d where d.id = ranked.id and d.retracted is not true)
                end)
        from ranked cross join counted
        order by ranked.rank desc, ranked.id desc
        """;

    private sealed record RankedItem(Guid Id, ClaimListItem? Item);

    /// <returns>
    /// The page's results in rank order and how many matched the filters in all; null when the words are common (the
    /// caller walks the date order instead).
    /// </returns>
    public static async Task<(IReadOnlyList<ClaimListItem> Results, int Matched)?> RankedPageAsync(IQuerySession session,
        IReadOnlyList<Expression<Func<ReaderClaim, bool>>> filters, bool wordsOnly, string words, int page, SearchVerdicts verdicts, CancellationToken ct)
    {
        IQueryable<ReaderClaim> Filtered() => filters.Aggregate((IQueryable<ReaderClaim>)session.Query<ReaderClaim>(), (q, f) => q.Where(f));
        // Known rare, nothing but words (SearchQuery.IsWordsOnly: no filter but "not retracted"): one statement, where the
        // batch below sends two.
        if (wordsOnly && SearchWords.Safe(words) is { } typed && verdicts.IsCommon(Terms, typed) is false)
        {
            var rows = await session.QueryAsync<RankedItem>(RankedItemsSql, ct, typed, typed);
            if (SearchTermsSetup.Judged(Terms, typed, [.. rows.Select(r => r.Id)], verdicts) is not { } ids) return null;
            if (ids.Length > ReadAllUpTo) return await PageAsync(session, Filtered(), ids, page, ct);
            var kept = rows.Where(r => r.Item is not null).Select(r => r.Item!).ToList();
            return ([.. kept.Skip(Skipped(page)).Take(SearchQuery.PageSize)], kept.Count);
        }
        var batch = session.CreateBatchQuery();
        // A search this node already knows rare: its ranked ids and, when they are few, every match's list fields come
        // back in one round trip, where asking for the ids first and the fields after took two.
        if (SearchWords.Safe(words) is { } safe && batch.RankedMatchesOfRare(Terms, safe, verdicts) is { } rankedInBatch)
        {
            var firstMatches = filters.Aggregate(batch.Query<ReaderClaim>(), (q, f) => q.Where(f))
                .Where(c => c.MatchesSql(FirstMatchesSql, safe))
                .Select(ClaimListItem.Selected).ToList();
            await batch.Execute(ct);
            if (SearchTermsSetup.Judged(Terms, safe, await rankedInBatch, verdicts) is not { } ids) return null;
            return ids.Length <= ReadAllUpTo ? InRankOrder(await firstMatches, ids, page) : await PageAsync(session, Filtered(), ids, page, ct);
        }
        return await session.RankedMatchesAsync(Terms, words, ct, verdicts) is { } ranked ? await PageAsync(session, Filtered(), ranked, page, ct) : null;
    }

    /// <returns>The page's results in rank order, and how many matched the filters in all.</returns>
    public static async Task<(IReadOnlyList<ClaimListItem> Results, int Matched)> PageAsync(
        IQuerySession session, IQueryable<ReaderClaim> filtered, Guid[] ranked, int page, CancellationToken ct)
    {
        if (ranked.Length == 0) return ([], 0);
        var matching = filtered.Where(c => c.MatchesSql("d.id = any(?)", ranked));

        if (ranked.Length <= ReadAllUpTo) return InRankOrder(await matching.Select(ClaimListItem.Selected).ToListAsync(ct), ranked, page);
        var place = Places(ranked);
        var kept = await matching.Select(c => c.Id).ToListAsync(ct);
        var pageIds = kept.OrderBy(id => place[id]).Skip(Skipped(page)).Take(SearchQuery.PageSize).ToArray();
        if (pageIds.Length == 0) return ([], kept.Count);
        var items = await session.Query<ReaderClaim>().Where(c => c.MatchesSql("d.id = any(?)", pageIds)).Select(ClaimListItem.Selected).ToListAsync(ct);
        return ([.. items.OrderBy(c => place[c.Id])], kept.Count);
    }

    /// <summary>All the matches the filters kept, as list items: the page of them in rank order, and their number.</summary>
    private static (IReadOnlyList<ClaimListItem> Results, int Matched) InRankOrder(IReadOnlyList<ClaimListItem> all, Guid[] ranked, int page)
    {
        var place = Places(ranked);
        return ([.. all.OrderBy(c => place[c.Id]).Skip(Skipped(page)).Take(SearchQuery.PageSize)], all.Count);
    }

    private static Dictionary<Guid, int> Places(Guid[] ranked)
    {
        var place = new Dictionary<Guid, int>(ranked.Length);
        for (var i = 0; i < ranked.Length; i++) place[ranked[i]] = i;
        return place;
    }

    private static int Skipped(int page) => (page - 1) * SearchQuery.PageSize;
}
