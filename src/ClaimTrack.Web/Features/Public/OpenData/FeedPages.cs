using ClaimTrack.Web.Features.Claims.ReadModels;
using Marten;
using Marten.Linq.MatchesSql;

namespace ClaimTrack.Web.Features.Public.OpenData;

/// <summary>
/// One page of published claims in the order they last changed, from a cursor: the ClaimReview DataFeed's query. It
/// walks the index on RecordChangedAt (the fact check's own changes and its translations': the feed carries both);
/// claims that changed at the same moment follow each other by id.
/// </summary>
public static class FeedPages
{
    public sealed record Page(IReadOnlyList<ReaderClaim> Claims, FeedCursor? Next);

    public static async Task<Page> ReadAsync(IQuerySession session, FeedCursor from, int size, CancellationToken ct)
    {
        var query = session.Query<ReaderClaim>().AsQueryable();
        if (from.Since is { } since)
        {
            // Compared in the database, through the very function its index and the ORDER BY use: the cursor's text and
            // the stored text are rounded to the same microsecond, so the claim a cursor names is never read twice.
            var at = $"{session.DocumentStore.Options.DatabaseSchemaName}.mt_immutable_timestamptz";
            var column = $"{at}(d.data ->> 'RecordChangedAt')";
            var cursor = FeedCursor.Format(since);
            query = from.After is { } after
                ? query.Where(c => c.MatchesSql($"{column} >= {at}(?) and ({column} > {at}(?) or d.id > ?)", cursor, cursor, after))
                : query.Where(c => c.MatchesSql($"{column} > {at}(?)", cursor));
        }
        // One more than a page: whether a next page exists is known without a second query.
        var claims = await query.OrderBy(c => c.RecordChangedAt).ThenBy(c => c.Id).Take(size + 1).ToListAsync(ct);
        if (claims.Count <= size) return new Page(claims, null);
        var last = claims[size - 1];
        return new Page([.. claims.Take(size)], new FeedCursor(last.RecordChangedAt, last.Id));
    }

    /// <summary>When anything in the feed last changed: the feed's own dateModified.</summary>
    public static async Task<DateTimeOffset?> LatestChangeAsync(IQuerySession session, CancellationToken ct)
    {
        var newest = await session.Query<ReaderClaim>().OrderByDescending(c => c.RecordChangedAt).Select(c => c.RecordChangedAt).Take(1).ToListAsync(ct);
        return newest.Count == 0 ? null : newest[0];
    }
}
