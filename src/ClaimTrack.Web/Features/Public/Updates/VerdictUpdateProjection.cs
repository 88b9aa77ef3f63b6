using ClaimTrack.Web.Features.Claims;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace ClaimTrack.Web.Features.Public;

/// <summary>Keeps <see cref="VerdictUpdate"/> documents in step with what readers can see (inline).</summary>
public sealed partial class VerdictUpdateProjection : EventProjection
{
    public override async ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        switch (e.Data)
        {
            case ClaimPublished published:
                // Storing every step again is an upsert by stable id: new steps appear, old ones are refreshed.
                foreach (var entry in published.Content.Timeline)
                    operations.Store(VerdictUpdate.From(e.StreamId, published.Content, entry));
                break;

            case CorrectionIssued correction:
                // A correction reaches readers only on a claim they can see; the stored public view says whether it is.
                if (await operations.LoadAsync<PublishedClaim>(e.StreamId, cancellation) is { Retracted: false } shown)
                    operations.Store(VerdictUpdate.From(e.StreamId, shown.Content, VerdictTimeline.EntryFor(correction)!));
                break;

            case ClaimRetracted retracted:
                if (await operations.LoadAsync<PublishedClaim>(e.StreamId, cancellation) is not { } withdrawn) break;
                // Listings drop the claim's verdicts; the retraction notice stays, so subscribers learn of it.
                operations.DeleteWhere<VerdictUpdate>(u => u.ClaimId == e.StreamId);
                operations.Store(VerdictUpdate.From(e.StreamId, withdrawn.Content, VerdictTimeline.EntryFor(retracted)!));
                break;
        }
    }
}
