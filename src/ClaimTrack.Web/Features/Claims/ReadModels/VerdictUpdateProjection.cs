using ClaimTrack.Web.Features.Claims.Timeline;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace ClaimTrack.Web.Features.Claims.ReadModels;

/// <summary>Keeps <see cref="VerdictUpdate"/> documents in step with what readers can see (inline).</summary>
public sealed partial class VerdictUpdateProjection : EventProjection
{
    public override async ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        // Only a correction or a retraction depends on what readers were shown before it.
        var shown = e.Data is CorrectionIssued or ClaimRetracted
            ? await operations.LoadAsync<ReaderClaim>(e.StreamId, cancellation)
            : null;
        var change = ChangeFor(e.StreamId, e.Data, shown);
        if (change.RemoveClaim) operations.DeleteWhere<VerdictUpdate>(u => u.ClaimId == e.StreamId);
        foreach (var update in change.Store) operations.Store(update);
    }

    /// <summary>
    /// What one event does to the listings, given the public view as it stood before the event. Pure, so the benchmark
    /// loader (which sees internals, nothing else does) computes the same documents in memory when it bulk-loads claims.
    /// </summary>
    internal static VerdictUpdateChange ChangeFor(Guid claimId, object data, ReaderClaim? shown) => data switch
    {
        // Storing every step again is an upsert by stable id: new steps appear, old ones are refreshed.
        ClaimPublished published => new(false, [.. published.Content.Timeline.Select(entry => VerdictUpdate.From(claimId, published.Content, entry))]),

        // A correction reaches readers only on a claim they can see.
        CorrectionIssued correction when shown is { Retracted: false } =>
            new(false, [VerdictUpdate.From(claimId, shown.Content, VerdictTimeline.EntryFor(correction)!)]),

        // Listings drop the claim's verdicts; the retraction notice stays, so subscribers learn of it.
        ClaimRetracted retracted when shown is not null =>
            new(true, [VerdictUpdate.From(claimId, shown.Content, VerdictTimeline.EntryFor(retracted)!)]),

        _ => VerdictUpdateChange.None,
    };
}

/// <summary>Updates to store for one event, after removing all of the claim's updates when <see cref="RemoveClaim"/>.</summary>
public sealed record VerdictUpdateChange(bool RemoveClaim, IReadOnlyList<VerdictUpdate> Store)
{
    public static readonly VerdictUpdateChange None = new(false, []);
}
