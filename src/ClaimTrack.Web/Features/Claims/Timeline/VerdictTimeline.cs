using JasperFx.Events;
using Marten.Events.Aggregation;

namespace ClaimTrack.Web.Features.Claims.Timeline;

public enum TimelineEntryKind { Verdict, Revision, Correction, Retraction }

/// <summary>One step of a claim's verdict history: what changed, who did it, when, and why.</summary>
public sealed record TimelineEntry(
    TimelineEntryKind Kind, Guid? VerdictId, string? Rating, string? Summary, string? Reason, Actor By, DateTimeOffset At);

/// <summary>Every verdict, revision, correction and retraction of one claim, in order (inline projection).</summary>
public sealed class VerdictTimeline
{
    public Guid Id { get; set; }
    public List<TimelineEntry> Entries { get; set; } = [];

    /// <summary>The timeline entry an event makes, or null. Shared by this projection and the claim's snapshot.</summary>
    public static TimelineEntry? EntryFor(object @event) => @event switch
    {
        VerdictApproved e => new TimelineEntry(
            e.RevisionReason is null ? TimelineEntryKind.Verdict : TimelineEntryKind.Revision,
            e.VerdictId, e.Verdict.Rating, e.Verdict.Summary, e.RevisionReason, e.By, e.At),
        CorrectionIssued e => new TimelineEntry(TimelineEntryKind.Correction, e.VerdictId, null, e.Summary, e.Note, e.By, e.At),
        ClaimRetracted e => new TimelineEntry(TimelineEntryKind.Retraction, null, null, null, e.Reason, e.By, e.At),
        _ => null,
    };
}

public sealed class VerdictTimelineProjection : SingleStreamProjection<VerdictTimeline, Guid>
{
    public override VerdictTimeline? Evolve(VerdictTimeline? snapshot, Guid id, IEvent e)
    {
        if (VerdictTimeline.EntryFor(e.Data) is not { } entry) return snapshot;
        snapshot ??= new VerdictTimeline { Id = id };
        snapshot.Entries.Add(entry);
        return snapshot;
    }
}
