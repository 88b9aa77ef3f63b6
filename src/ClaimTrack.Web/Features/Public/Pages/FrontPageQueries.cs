using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Claims.Timeline;
using ClaimTrack.Web.Features.Public.Shared;
using Marten;

namespace ClaimTrack.Web.Features.Public.Pages;

/// <summary>The front page's lists, read in one round trip (a Marten batch) from the published claims and updates.</summary>
public static class FrontPageQueries
{
    public sealed record FrontPage(IReadOnlyList<ClaimListItem> Pinned, IReadOnlyList<ClaimListItem> Latest, IReadOnlyList<VerdictUpdate> Updates);

    /// <summary>
    /// Pins lead the first page only. A retracted claim never leads the page, pinned or not (its pin stays recorded
    /// until an Editor lifts it). The latest are newest change first (a revision or correction brings a fact check back
    /// up), pinned ones left out so no claim shows twice; <paramref name="take"/> of them after <paramref name="skip"/>.
    /// </summary>
    public static async Task<FrontPage> LoadAsync(IQuerySession session, bool withPins, int skip, int take, int updates, CancellationToken ct)
    {
        var batch = session.CreateBatchQuery();
        var pinned = withPins
            ? batch.Query<ReaderClaim>()
                .Where(c => !c.Retracted && c.PinnedOrder != null)
                .OrderBy(c => c.PinnedOrder).ThenByDescending(c => c.PinnedAt)
                .Take(Claims.FrontPage.FrontPagePinDecision.MaxOrder)
                .Select(ClaimListItem.Selected).ToList()
            : Task.FromResult<IReadOnlyList<ClaimListItem>>([]);
        var latest = batch.Query<ReaderClaim>()
            .Where(c => !c.Retracted && c.PinnedOrder == null)
            .OrderByDescending(c => c.LastModifiedAt)
            .Skip(skip).Take(take)
            .Select(ClaimListItem.Selected).ToList();
        var changes = batch.Query<VerdictUpdate>()
            .Where(u => u.Kind == TimelineEntryKind.Verdict || u.Kind == TimelineEntryKind.Revision || u.Kind == TimelineEntryKind.Correction)
            .OrderByDescending(u => u.At).Take(updates)
            .ToList();
        await batch.Execute(ct);
        return new FrontPage(await pinned, await latest, await changes);
    }
}
