using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Public.Shared;
using Marten;

namespace ClaimTrack.Web.Features.Public.Pages;

/// <summary>The front page's two lists, read from the published claims (one document per claim).</summary>
public static class FrontPageQueries
{
    /// <summary>A retracted claim never leads the page, pinned or not (its pin stays recorded until an Editor lifts it).</summary>
    public static async Task<IReadOnlyList<ClaimListItem>> PinnedAsync(IQuerySession session, CancellationToken ct) =>
        await session.Query<ReaderClaim>()
            .Where(c => !c.Retracted && c.PinnedOrder != null)
            .OrderBy(c => c.PinnedOrder).ThenByDescending(c => c.PinnedAt)
            .Take(Claims.FrontPage.FrontPagePinDecision.MaxOrder)
            .Select(c => new ClaimListItem(c.Id, c.Slug, c.Content.Statement, c.Content.IsVerbatimQuote, c.Content.Claimant.Name,
                c.ClaimantSlug, c.Rating, c.Content.Verdict.Summary, c.LastModifiedAt))
            .ToListAsync(ct);

    /// <summary>Newest change first (a revision or correction brings a fact check back up), pinned ones left out.</summary>
    public static async Task<IReadOnlyList<ClaimListItem>> LatestAsync(IQuerySession session, int skip, int take, CancellationToken ct) =>
        await session.Query<ReaderClaim>()
            .Where(c => !c.Retracted && c.PinnedOrder == null)
            .OrderByDescending(c => c.LastModifiedAt)
            .Skip(skip).Take(take)
            .Select(c => new ClaimListItem(c.Id, c.Slug, c.Content.Statement, c.Content.IsVerbatimQuote, c.Content.Claimant.Name,
                c.ClaimantSlug, c.Rating, c.Content.Verdict.Summary, c.LastModifiedAt))
            .ToListAsync(ct);
}
