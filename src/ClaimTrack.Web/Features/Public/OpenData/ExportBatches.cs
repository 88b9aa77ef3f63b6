using ClaimTrack.Web.Features.Claims.ReadModels;
using Marten;
using Marten.Linq.MatchesSql;

namespace ClaimTrack.Web.Features.Public.OpenData;

/// <summary>
/// Every published claim that is not retracted, read a batch at a time in id order (keyset paging on the primary key):
/// an export of a million claims holds one batch in memory and no transaction open between batches.
/// </summary>
public static class ExportBatches
{
    public static async IAsyncEnumerable<IReadOnlyList<ReaderClaim>> ReadAsync(
        IQuerySession session, int size, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        Guid? last = null;
        while (true)
        {
            var query = session.Query<ReaderClaim>().Where(c => !c.Retracted);
            if (last is { } after) query = query.Where(c => c.MatchesSql("d.id > ?", after));
            var batch = await query.OrderBy(c => c.Id).Take(size).ToListAsync(ct);
            if (batch.Count > 0) yield return batch;
            if (batch.Count < size) yield break;
            last = batch[^1].Id;
        }
    }

    /// <summary>
    /// What the files' validators are made of: when a published claim last changed and how many there are. Marten's
    /// own modification stamp (the database's clock, at commit) moves on every public change, retractions included.
    /// </summary>
    public static async Task<(DateTimeOffset? Changed, long Claims)> StateAsync(IQuerySession session, CancellationToken ct)
    {
        var table = $"{session.DocumentStore.Options.DatabaseSchemaName}.{ReaderClaim.Table}";
        var rows = await session.QueryAsync<string>(
            $"select coalesce((extract(epoch from max(mt_last_modified)) * 1000000)::bigint::text, '') || ' ' || count(*) filter (where not retracted) from {table}", ct);
        var parts = rows.Single().Split(' ');
        DateTimeOffset? changed = parts[0].Length == 0 ? null : DateTimeOffset.UnixEpoch.AddTicks(long.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) * 10);
        return (changed, long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
