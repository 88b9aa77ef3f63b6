using ClaimTrack.Web.Features.Claims.Publication;
using ClaimTrack.Web.Features.Claims.Timeline;
using ClaimTrack.Web.Features.Claims.Writing;

namespace ClaimTrack.Web.Features.Claims.Verdicts;

/// <summary>Approves the waiting proposal; with AndPublish (the desk's review queue) a draft claim goes public at once.</summary>
public sealed record ApproveVerdict(Guid VerdictId, bool AndPublish = false);

/// <summary>Returns a proposal to its author; the comment tells them what to change.</summary>
public sealed record SendBackVerdict(Guid VerdictId, string Comment);

public static class ReviewVerdictDecision
{
    /// <summary>Review is an Editor's. Approval can publish in the same step; the publication's words are PublishClaim's.</summary>
    public static readonly CommandEntry ApproveEntry = CommandEntry
        .OnClaim<ApproveVerdict>(NewsroomRole.Editor, (claim, command, d) => Approve(claim, command, d.Newsroom.TwoPersonRule, d.By, d.Now))
        .Wording<VerdictApproved>(e => $"{e.By.Name} approved the verdict at {e.At:u}")
        .AlsoProduces<ClaimPublished>();

    public static readonly CommandEntry SendBackEntry = CommandEntry
        .OnClaim<SendBackVerdict>(NewsroomRole.Editor, (claim, command, d) => [SendBack(claim, command, d.By, d.Now)])
        .Wording<VerdictSentBack>(e => $"{e.By.Name} sent the verdict back at {e.At:u}");

    /// <summary>
    /// Approval makes the proposal the claim's verdict. On a claim readers can already see, it also publishes at once:
    /// a reviewed revision must not wait for a second step to reach readers.
    /// </summary>
    public static IReadOnlyList<object> Approve(Claim claim, ApproveVerdict command, bool twoPersonRule, Actor by, DateTimeOffset now)
    {
        var pending = Waiting(claim, command.VerdictId);
        if (twoPersonRule && pending.ProposedBy.UserId == by.UserId)
            throw new ClaimRuleBroken("A verdict must be approved by someone other than the person who proposed it.");
        if (!claim.StandingEvidence.Any())
            throw new ClaimRuleBroken("All evidence for this claim has been withdrawn; attach evidence before approving a verdict.");

        var approved = new VerdictApproved(claim.Id, pending.VerdictId, pending.Verdict, pending.RevisionReason, pending.ProposedBy, by, now);
        // AndPublish is the first publication only: a retracted claim returns to readers through a reviewed update
        // (ProposeUpdate), never as a side effect of approving a verdict in the review queue.
        var firstPublication = command.AndPublish && claim.FirstPublishedAt is null;
        if (!claim.IsPublic && !firstPublication) return [approved];

        var current = new CurrentVerdict(pending.VerdictId, pending.Verdict, by, now);
        var previous = claim.IsPublic ? claim.LastPublished : null;
        var timeline = (IReadOnlyList<TimelineEntry>)[.. claim.Timeline, VerdictTimeline.EntryFor(approved)!];
        // A revision of a public claim publishes the new verdict only: the reviewer judged the verdict, not the desk's
        // other edits, which still reach readers as an update of their own.
        var content = claim.IsPublic && claim.Shown is { } shown
            ? shown with { Verdict = PublishedVerdict.From(current), Timeline = timeline }
            : PublishedContent.From(claim, current, timeline);
        return [approved, new ClaimPublished(claim.Id, content, previous, by, now)];
    }

    public static VerdictSentBack SendBack(Claim claim, SendBackVerdict command, Actor by, DateTimeOffset now)
    {
        new InputCheck().Required("Comment", command.Comment, InputLimits.Reason, "A comment for the author").ThrowIfAny();
        var pending = Waiting(claim, command.VerdictId);
        return new VerdictSentBack(claim.Id, pending.VerdictId, command.Comment.Trim(), by, now);
    }

    private static PendingVerdict Waiting(Claim claim, Guid verdictId) =>
        claim.Pending is { } pending && pending.VerdictId == verdictId
            ? pending
            : throw new ClaimRuleBroken("That verdict is no longer waiting for review; it was approved, sent back or replaced.");
}
