using JasperFx.Events;
using Marten.Events.Aggregation;

namespace ClaimTrack.Web.Features.Claims.Timeline;

public enum TimelineEntryKind { Verdict, Revision, Correction, Retraction, Update }

/// <summary>
/// One step of a claim's public record: what changed, who approved it, when, and why. Changes lists an update's
/// changes in plain words; Substantive puts the step in the corrections log; Unreviewed says no second editor
/// reviewed it (the newsroom runs without the two-person rule, or the step predates the review of public changes).
/// </summary>
public sealed record TimelineEntry(
    TimelineEntryKind Kind, Guid? VerdictId, string? Rating, string? Summary, string? Reason, Actor By, DateTimeOffset At,
    IReadOnlyList<string>? Changes = null, bool Substantive = true, bool Unreviewed = false);

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
            e.VerdictId, e.Verdict.Rating, e.Verdict.Summary, e.RevisionReason, e.By, e.At, Unreviewed: SamePerson(e.ProposedBy, e.By)),
        CorrectionIssued e => new TimelineEntry(
            TimelineEntryKind.Correction, e.VerdictId, null, e.Summary, e.Note, e.By, e.At, Unreviewed: ProposedAlone(e.ProposedBy, e.By)),
        ClaimRetracted e => new TimelineEntry(
            TimelineEntryKind.Retraction, null, null, null, e.Reason, e.By, e.At, Unreviewed: ProposedAlone(e.ProposedBy, e.By)),
        ClaimUpdateApproved e => new TimelineEntry(
            TimelineEntryKind.Update, null, null, string.Join("; ", e.Changes), e.Reason, e.By, e.At, e.Changes, e.Substantive,
            ProposedAlone(e.ProposedBy, e.By)),
        _ => null,
    };

    private static bool ProposedAlone(Actor? proposedBy, Actor approvedBy) => proposedBy is null || SamePerson(proposedBy, approvedBy);

    private static bool SamePerson(Actor proposedBy, Actor approvedBy) => proposedBy.UserId == approvedBy.UserId;
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
