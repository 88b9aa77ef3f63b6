using ClaimTrack.Web.Features.Claims.Assignments;
using ClaimTrack.Web.Features.Claims.Publication;
using ClaimTrack.Web.Features.Claims.Scheduling;
using ClaimTrack.Web.Features.Claims.Translations;

namespace ClaimTrack.Web.Features.Claims;

// Every event of the claim stream: past tense, with the acting person and the domain time.
// Projections read At, never the clock, so a rebuild reproduces history exactly.

public sealed record ClaimRegistered(
    Guid ClaimId, string Statement, bool IsVerbatimQuote, Claimant Claimant, Appearance FirstAppearance,
    string? Context, IReadOnlyList<string> Topics, string Language, Actor By, DateTimeOffset At);

// Previous holds the text before the edit, so the history and another editor's notice can say what changed without
// reading the stream. Events stored before it existed have none; the desk's history works it out from the stream.
public sealed record ClaimTextEdited(
    Guid ClaimId, string Statement, bool IsVerbatimQuote, string? Context, string Language, Actor By, DateTimeOffset At,
    ClaimText? Previous = null);

/// <summary>The editable text of a claim, as one value: what <see cref="ClaimTextEdited"/> had before.</summary>
public sealed record ClaimText(string Statement, bool IsVerbatimQuote, string? Context, string Language)
{
    public static ClaimText Of(Claim claim) => new(claim.Statement, claim.IsVerbatimQuote, claim.Context, claim.Language);
}

// Carries the previous claimant so the claimant summaries can move the claim without a lookup.
public sealed record ClaimantChanged(Guid ClaimId, Claimant Previous, Claimant Claimant, Actor By, DateTimeOffset At);

public sealed record ClaimRetagged(
    Guid ClaimId, IReadOnlyList<string> Added, IReadOnlyList<string> Removed, Actor By, DateTimeOffset At);

public sealed record AppearanceRecorded(Guid ClaimId, Appearance Appearance, Actor By, DateTimeOffset At);

// Carries the appearance as it was, so the history can say what changed without replaying the stream.
public sealed record AppearanceCorrected(
    Guid ClaimId, Appearance Previous, Appearance Appearance, string Reason, Actor By, DateTimeOffset At);

// Carries the removed appearance, so the history still names it once the claim no longer lists it.
public sealed record AppearanceRemoved(Guid ClaimId, Appearance Appearance, string Reason, Actor By, DateTimeOffset At);

/// <summary>An editor overrides "the earliest is the first" (the earliest known copy is a misdated re-post, say).</summary>
public sealed record AppearanceMarkedFirst(Guid ClaimId, Appearance Appearance, string Reason, Actor By, DateTimeOffset At);

public sealed record EvidenceAttached(Guid ClaimId, Guid EvidenceId, EvidenceDetails Details, Actor By, DateTimeOffset At);

// Previous: the details before the correction, for the history's words (none on events stored before it existed).
public sealed record EvidenceCorrected(
    Guid ClaimId, Guid EvidenceId, EvidenceDetails Details, string Reason, Actor By, DateTimeOffset At,
    EvidenceDetails? Previous = null);

public sealed record EvidenceWithdrawn(Guid ClaimId, Guid EvidenceId, string Reason, Actor By, DateTimeOffset At);

public sealed record VerdictProposed(
    Guid ClaimId, Guid VerdictId, VerdictText Verdict, string? RevisionReason, Actor By, DateTimeOffset At);

public sealed record VerdictSentBack(Guid ClaimId, Guid VerdictId, string Comment, Actor By, DateTimeOffset At);

// Repeats the approved words so the timeline and the public page never depend on the proposal event.
public sealed record VerdictApproved(
    Guid ClaimId, Guid VerdictId, VerdictText Verdict, string? RevisionReason, Actor ProposedBy, Actor By, DateTimeOffset At);

/// <summary>
/// A fix to the published words that leaves the rating as it was, approved by By. ProposedBy is who asked for it (null
/// on corrections from before the review of public changes, which one Editor issued alone).
/// </summary>
public sealed record CorrectionIssued(
    Guid ClaimId, Guid VerdictId, string Summary, string Reasoning, string Note, Actor By, DateTimeOffset At, Actor? ProposedBy = null);

/// <summary>
/// After first publication, a change readers would see (an update of the claim's content, a correction, a retraction)
/// waits for another Editor's approval. An update carries the content it would publish, frozen, so the reviewer
/// approves exactly what readers will see; a correction carries its new words; a translation (or the one to withdraw)
/// its language and text (Translations/).
/// </summary>
public sealed record PublicChangeProposed(
    Guid ClaimId, Guid ChangeId, PublicChangeKind Kind, string Reason, PublishedContent? Content, string? Summary, string? Reasoning,
    Actor By, DateTimeOffset At, Translation? Translation = null);

public sealed record PublicChangeSentBack(Guid ClaimId, Guid ChangeId, string Comment, Actor By, DateTimeOffset At);

/// <summary>
/// An update approved: a ClaimPublished with the new content follows in the same save. Changes are the plain words of
/// what readers will see differently; Substantive says whether it belongs in the corrections log.
/// </summary>
public sealed record ClaimUpdateApproved(
    Guid ClaimId, Guid ChangeId, string Reason, IReadOnlyList<string> Changes, bool Substantive, Actor ProposedBy, Actor By, DateTimeOffset At);

/// <summary>
/// Publication freezes what readers see: edits made after it stay on the desk until the claim is published again.
/// Previous names what the last publication counted under, so summaries can move their counts without a lookup.
/// </summary>
public sealed record ClaimPublished(
    Guid ClaimId, PublishedContent Content, ReaderFacets? Previous, Actor By, DateTimeOffset At);

public sealed record ClaimRetracted(
    Guid ClaimId, string Reason, ReaderFacets Withdrawn, Actor By, DateTimeOffset At, Actor? ProposedBy = null);

/// <summary>What a publication is counted under in claimant and topic summaries.</summary>
public sealed record ReaderFacets(string ClaimantSlug, IReadOnlyList<string> TopicSlugs, string Rating);

// Scheduled publishing (Scheduling/): an Editor's approval recorded with a release time instead of going out at once.
// Nothing public is appended until the release, so no reader page, feed or answer can show an embargoed change early.

/// <summary>An Editor approved <paramref name="ProposalId"/> to reach readers at <paramref name="ReleaseAt"/> (UTC).</summary>
public sealed record PublicationScheduled(
    Guid ClaimId, ReleaseKind Kind, Guid ProposalId, DateTimeOffset ReleaseAt, Actor By, DateTimeOffset At);

public sealed record PublicationRescheduled(Guid ClaimId, DateTimeOffset Previous, DateTimeOffset ReleaseAt, Actor By, DateTimeOffset At);

/// <summary>The scheduled release is called off; the proposal waits for review again.</summary>
public sealed record ScheduledPublicationCancelled(Guid ClaimId, DateTimeOffset ReleaseAt, Actor By, DateTimeOffset At);

/// <summary>The release time came: the approval events of the scheduled kind follow in the same save, in By's name.</summary>
public sealed record ScheduledPublicationReleased(Guid ClaimId, DateTimeOffset ReleaseAt, Actor By, DateTimeOffset At);

/// <summary>The release time came but a newsroom rule refused the approval then (evidence withdrawn, the update's claim
/// edited since...): nothing went out, and the proposal waits for review again with the reason on the desk.</summary>
public sealed record ScheduledPublicationHeld(Guid ClaimId, DateTimeOffset ReleaseAt, string Reason, Actor By, DateTimeOffset At);
// Assignment: who works the claim, who reviews it, by when and how urgently. Desk-only facts: no reader page, feed or
// cache reads them. One event per fact, each with what it replaced, so the history words each change on its own and
// a notification can tell exactly the person concerned (the new owner, the new reviewer) without reading the stream.

public sealed record ClaimAssigned(Guid ClaimId, Actor? Owner, Actor? Previous, Actor By, DateTimeOffset At);

public sealed record ReviewerAssigned(Guid ClaimId, Actor? Reviewer, Actor? Previous, Actor By, DateTimeOffset At);

/// <summary>DueOn is the newsroom's day; DueBy the instant that day ends in the newsroom's zone as it was set, so
/// "overdue" is one comparison and a later change of zone never moves a deadline already given.</summary>
public sealed record DueDateSet(Guid ClaimId, DateOnly? DueOn, DateTimeOffset? DueBy, DateOnly? Previous, Actor By, DateTimeOffset At);

public sealed record PriorityChanged(Guid ClaimId, ClaimPriority Priority, ClaimPriority Previous, Actor By, DateTimeOffset At);
