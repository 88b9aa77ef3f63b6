using ClaimTrack.Web.Features.Claims.Timeline;
using ClaimTrack.Web.Features.Claims.Translations;
using ClaimTrack.Web.Features.Claims.Writing;

namespace ClaimTrack.Web.Features.Claims.Publication;

/// <summary>Lets the waiting change reach readers.</summary>
public sealed record ApprovePublicChange(Guid ChangeId);

/// <summary>Returns the waiting change to whoever proposed it; the comment says what to fix.</summary>
public sealed record SendBackPublicChange(Guid ChangeId, string Comment);

public static class ReviewPublicChangeDecision
{
    public static readonly CommandEntry ApproveEntry = CommandEntry
        .OnClaim<ApprovePublicChange>(NewsroomRole.Editor, (claim, command, d) => Approve(claim, command, d.Newsroom.TwoPersonRule, d.By, d.Now))
        .Wording<ClaimUpdateApproved>(e => $"{e.By.Name} approved the update for readers ({string.Join("; ", e.Changes)}) at {e.At:u}")
        .Wording<CorrectionIssued>(e => $"{e.By.Name} approved the correction for readers at {e.At:u}")
        .Wording<ClaimRetracted>(e => $"{e.By.Name} approved the retraction at {e.At:u}")
        .Wording<TranslationApproved>(e => $"{e.By.Name} approved the {e.Translation.Language} translation by {e.ProposedBy.Name} for readers at {e.At:u}")
        .Wording<TranslationWithdrawn>(e => $"{e.By.Name} approved the withdrawal of the {e.Language} translation at {e.At:u}: {e.Reason}")
        .AlsoProduces<ClaimPublished>();

    public static readonly CommandEntry SendBackEntry = CommandEntry
        .OnClaim<SendBackPublicChange>(NewsroomRole.Editor, (claim, command, d) => [SendBack(claim, command, d.By, d.Now)])
        .Wording<PublicChangeSentBack>(e => $"{e.By.Name} sent the proposed change back at {e.At:u}: {e.Comment}");

    /// <summary>
    /// Approval carries the change to readers: an update publishes the content frozen at the proposal (refused when the
    /// claim changed since, so nobody approves what they did not see), a correction replaces the verdict's words, a
    /// retraction withdraws the claim. With the two-person rule off, the proposer may approve alone; the public record
    /// then says no second editor reviewed it.
    /// </summary>
    public static IReadOnlyList<object> Approve(Claim claim, ApprovePublicChange command, bool twoPersonRule, Actor by, DateTimeOffset now)
    {
        var pending = Waiting(claim, command.ChangeId);
        if (twoPersonRule && pending.ProposedBy.UserId == by.UserId)
            throw new ClaimRuleBroken("A change to what readers see must be approved by someone other than the person who proposed it.");
        switch (pending.Kind)
        {
            case PublicChangeKind.Update:
                return ApproveUpdate(claim, pending, by, now);
            case PublicChangeKind.Correction:
                var current = claim.Current ?? throw new ClaimRuleBroken("There is no verdict to correct.");
                // The correction's words were written for the verdict of the day; a revision since would lose its own words.
                if (current.ApprovedAt > pending.ProposedAt)
                    throw new ClaimRuleBroken("The verdict was revised after this correction was proposed: send it back, and propose it again for the new verdict.");
                return [new CorrectionIssued(claim.Id, current.VerdictId, pending.Summary!, pending.Reasoning!, pending.Reason, by, now, pending.ProposedBy)];
            case PublicChangeKind.Translation:
                return [TranslationReview.Approve(claim, pending, by, now)];
            case PublicChangeKind.TranslationWithdrawal:
                return [TranslationReview.Withdraw(claim, pending, by, now)];
            default:
                if (claim.Status != ClaimStatus.Published || claim.LastPublished is null)
                    throw new ClaimRuleBroken("Only a published claim can be retracted.");
                return [new ClaimRetracted(claim.Id, pending.Reason, claim.LastPublished, by, now, pending.ProposedBy)];
        }
    }

    public static PublicChangeSentBack SendBack(Claim claim, SendBackPublicChange command, Actor by, DateTimeOffset now)
    {
        new InputCheck().Required("Comment", command.Comment, InputLimits.Reason, "A comment for whoever proposed the change").ThrowIfAny();
        var pending = Waiting(claim, command.ChangeId);
        return new PublicChangeSentBack(claim.Id, pending.ChangeId, command.Comment.Trim(), by, now);
    }

    private static IReadOnlyList<object> ApproveUpdate(Claim claim, PendingPublicChange pending, Actor by, DateTimeOffset now)
    {
        var current = claim.Current ?? throw new ClaimRuleBroken("There is no approved verdict to publish.");
        var proposed = pending.Content!;
        if (PublicChanges.Between(proposed, PublishedContent.From(claim, current, claim.Timeline)).Changes.Count > 0)
            throw new ClaimRuleBroken(
                "The claim changed after this update was proposed: send it back, or have it proposed again, so the review shows what readers will see.");
        var (changes, substantive) = claim.Shown is { } shown ? PublicChanges.Between(shown, proposed) : ([], true);
        // A retracted claim keeps what it last showed: coming back to readers is itself the news, whatever else changed.
        if (claim.Status == ClaimStatus.Retracted || claim.Shown is null) (changes, substantive) = (["published again", .. changes], true);
        var approved = new ClaimUpdateApproved(claim.Id, pending.ChangeId, pending.Reason, changes, substantive, pending.ProposedBy, by, now);
        var content = proposed with { Timeline = [.. claim.Timeline, VerdictTimeline.EntryFor(approved)!] };
        // After a retraction the summaries no longer count the claim, so there is nothing to move from.
        var previous = claim.Status == ClaimStatus.Published ? claim.LastPublished : null;
        return [approved, new ClaimPublished(claim.Id, content, previous, by, now)];
    }

    private static PendingPublicChange Waiting(Claim claim, Guid changeId) =>
        claim.PendingChange is { } pending && pending.ChangeId == changeId
            ? pending
            : throw new ClaimRuleBroken("That change is no longer waiting for review; it was approved or sent back.");
}
