using System.Linq.Expressions;
using ClaimTrack.Web.Features.Claims.ReadModels;
using Marten;

namespace ClaimTrack.Web.Features.Public.Pages;

/// <summary>One round trip for a claimant's or topic's page: a count per rating and the page of claims.</summary>
internal static class FacetQueries
{
    public const int PageSize = 20;

    public static async Task<(IReadOnlyList<(string Key, int Count)> Counts, IReadOnlyList<ReaderClaim> Claims)> LoadAsync(
        IQuerySession session, PublicContext site, Expression<Func<ReaderClaim, bool>> facet, int page, CancellationToken ct)
    {
        // Counted from the inline published view, not the async summaries: a cached page must never hold stale counts.
        var batch = session.CreateBatchQuery();
        var counts = site.Scale.Ratings
            .Select(r => (r.Key, Count: batch.Query<ReaderClaim>().Where(facet).Count(c => !c.Retracted && c.Rating == r.Key)))
            .ToList();
        var claims = batch.Query<ReaderClaim>().Where(facet).Where(c => !c.Retracted)
            .OrderByDescending(c => c.LastModifiedAt).Skip((page - 1) * PageSize).Take(PageSize).ToList();
        await batch.Execute(ct);
        return ([.. counts.Select(c => (c.Key, (int)c.Count.Result))], await claims);
    }
}
