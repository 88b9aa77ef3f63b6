using ClaimTrack.Web.Features.Claims.Publication;
using ClaimTrack.Web.Features.Claims.Verdicts;
using ClaimTrack.Web.Features.Claims.Writing;

namespace ClaimTrack.Web.Features.Claims.Scheduling;

/// <summary>Approves the waiting verdict or public change (or the first publication of an approved verdict), for
/// readers to see at <paramref name="ReleaseAt"/> instead of now.</summary>
public sealed record SchedulePublication(Guid ProposalId, DateTimeOffset ReleaseAt);

public sealed record ReschedulePublication(DateTimeOffset ReleaseAt);

public sealed record CancelScheduledPublication;

public static class SchedulePublicationDecision
{
    /// <summary>How far ahead a release may be set: further than a year is more likely a typo in the year than a plan.</summary>
    public static readonly TimeSpan Furthest = TimeSpan.FromDays(366);

    /// <summary>Scheduling is approving, so it is an Editor's, like the review it replaces.</summary>
    public static readonly CommandEntry ScheduleEntry = CommandEntry
        .OnClaim<SchedulePublication>(NewsroomRole.Editor, (claim, command, d) => [Schedule(claim, command, d.Newsroom.TwoPersonRule, d.By, d.Now)])
        .Wording<PublicationScheduled>(e => $"{e.By.Name} approved {new HistoryWord(e.Kind, ScheduledApproval.Words(e.Kind))} and scheduled it for {e.ReleaseAt:u} at {e.At:u}");

    public static readonly CommandEntry RescheduleEntry = CommandEntry
        .OnClaim<ReschedulePublication>(NewsroomRole.Editor, (claim, command, d) => [Reschedule(claim, command, d.By, d.Now)])
        .Wording<PublicationRescheduled>(e => $"{e.By.Name} rescheduled the release from {e.Previous:u} to {e.ReleaseAt:u} at {e.At:u}");

    public static readonly CommandEntry CancelEntry = CommandEntry
        .OnClaim<CancelScheduledPublication>(NewsroomRole.Editor, (claim, command, d) => [Cancel(claim, command, d.By, d.Now)])
        .Wording<ScheduledPublicationCancelled>(e => $"{e.By.Name} cancelled the release scheduled for {e.ReleaseAt:u} at {e.At:u}; it waits for review again");

    /// <summary>
    /// The approval is judged now, as if it went out now (two-person rule, evidence, the proposal still waiting), so an
    /// Editor learns of a broken rule at once rather than at the release; it is judged again when the time comes.
    /// </summary>
    public static PublicationScheduled Schedule(Claim claim, SchedulePublication command, bool twoPersonRule, Actor by, DateTimeOffset now)
    {
        CheckTime(command.ReleaseAt, now);
        if (claim.Scheduled is { } scheduled)
            throw new ClaimRuleBroken("ReleaseAlreadyScheduled", $"A release is already scheduled for this claim ({scheduled.ReleaseAt:u}): reschedule or cancel it.", scheduled.ReleaseAt);
        var kind = KindOf(claim, command.ProposalId);
        ScheduledApproval.Of(claim, kind, command.ProposalId, twoPersonRule, by, now);
        return new PublicationScheduled(claim.Id, kind, command.ProposalId, command.ReleaseAt.ToUniversalTime(), by, now);
    }

    public static PublicationRescheduled Reschedule(Claim claim, ReschedulePublication command, Actor by, DateTimeOffset now)
    {
        CheckTime(command.ReleaseAt, now);
        var scheduled = Waiting(claim);
        if (scheduled.ReleaseAt == command.ReleaseAt) throw new ClaimRuleBroken("The release is already scheduled for that time.");
        return new PublicationRescheduled(claim.Id, scheduled.ReleaseAt, command.ReleaseAt.ToUniversalTime(), by, now);
    }

    public static ScheduledPublicationCancelled Cancel(Claim claim, CancelScheduledPublication command, Actor by, DateTimeOffset now) =>
        new(claim.Id, Waiting(claim).ReleaseAt, by, now);

    public static ScheduledRelease Waiting(Claim claim) =>
        claim.Scheduled ?? throw new ClaimRuleBroken("Nothing is scheduled for this claim: it was released, cancelled or sent back.");

    private static ReleaseKind KindOf(Claim claim, Guid proposalId)
    {
        if (claim.Pending?.VerdictId == proposalId) return ReleaseKind.Verdict;
        if (claim.PendingChange?.ChangeId == proposalId) return ReleaseKind.PublicChange;
        if (claim.Current?.VerdictId == proposalId && claim.FirstPublishedAt is null) return ReleaseKind.Publication;
        throw new ClaimRuleBroken("That proposal is no longer waiting for review; it was approved, sent back or replaced.");
    }

    // A time already past would go out at once: that is "approve", which the desk offers beside this.
    private static void CheckTime(DateTimeOffset releaseAt, DateTimeOffset now) => new InputCheck()
        .That(releaseAt > now, "ReleaseAt", "The release time must be in the future; to publish now, approve instead.", FieldRule.ReleaseNotFuture)
        .That(releaseAt <= now + Furthest, "ReleaseAt", "The release time must be within a year.", FieldRule.ReleaseTooFar)
        .ThrowIfAny();
}

/// <summary>What a scheduled release appends, and how the history names its kind (not a decision: no command of its own).</summary>
public static class ScheduledApproval
{
    /// <summary>The events the review queue's approval would append for this proposal now: what a release appends.</summary>
    public static IReadOnlyList<object> Of(Claim claim, ReleaseKind kind, Guid proposalId, bool twoPersonRule, Actor by, DateTimeOffset now) =>
        kind switch
        {
            ReleaseKind.Verdict => ReviewVerdictDecision.Approve(claim, new ApproveVerdict(proposalId, AndPublish: true), twoPersonRule, by, now),
            ReleaseKind.PublicChange => ReviewPublicChangeDecision.Approve(claim, new ApprovePublicChange(proposalId), twoPersonRule, by, now),
            _ => claim.Current?.VerdictId == proposalId
                ? [PublicationDecision.Publish(claim, new PublishClaim(), by, now)]
                : throw new ClaimRuleBroken("The verdict scheduled for publication is no longer the claim's verdict."),
        };

    public static string Words(ReleaseKind kind) => kind switch
    {
        ReleaseKind.Verdict => "the verdict",
        ReleaseKind.Publication => "the publication",
        _ => "the public change",
    };
}
