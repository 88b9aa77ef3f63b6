using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.OtherFactChecks;
using Marten;

namespace ClaimTrack.Web.Features.Desk.Import;

/// <summary>What the import page lists: intake candidates, recent links and recent imports, newest first, a page each.</summary>
public sealed class ImportQueries(IDocumentStore store)
{
    public const int PageSize = 50;

    public async Task<IReadOnlyList<OtherReview>> CandidatesAsync(CancellationToken ct) => await ListAsync(OtherReviewStatus.Candidate, ct);

    public async Task<IReadOnlyList<OtherReview>> LinksAsync(CancellationToken ct) => await ListAsync(OtherReviewStatus.Matched, ct);

    public async Task<OtherReview?> ReviewAsync(Guid id, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<OtherReview>(id, ct);
    }

    public async Task<IReadOnlyList<ReviewImport>> RecentImportsAsync(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.Query<ReviewImport>().OrderByDescending(i => i.At).Take(10).ToListAsync(ct);
    }

    /// <summary>Our claims' statements for the links shown, by id, so an editor sees what each review was linked to.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> StatementsAsync(IEnumerable<Guid> claimIds, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return (await session.LoadManyAsync<Claim>(ct, claimIds.Distinct())).ToDictionary(c => c.Id, c => c.Statement);
    }

    private async Task<IReadOnlyList<OtherReview>> ListAsync(OtherReviewStatus status, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.Query<OtherReview>().Where(r => r.Status == status).OrderByDescending(r => r.ChangedAt).Take(PageSize).ToListAsync(ct);
    }
}
