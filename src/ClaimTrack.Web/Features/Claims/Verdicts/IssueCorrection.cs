using ClaimTrack.Web.Features.Claims.Publication;
using ClaimTrack.Web.Features.Claims.Writing;

namespace ClaimTrack.Web.Features.Claims.Verdicts;

/// <summary>Fixes the verdict's words (a typo, a wrong figure) without changing its rating. The note says what was fixed.</summary>
public sealed record IssueCorrection(string Summary, string Reasoning, string Note, Guid? ChangeId = null);

public static class IssueCorrectionDecision
{
    /// <summary>
    /// An Editor proposes a correction to published words; another Editor approves it before readers see it
    /// (ReviewPublicChangeDecision), and the approval appends CorrectionIssued.
    /// </summary>
    public static readonly CommandEntry Entry = CommandEntry
        .OnClaim<IssueCorrection>(NewsroomRole.Editor, (claim, command, d) => [Decide(claim, command, d.By, d.Now)])
        .AlsoProduces<PublicChangeProposed>();

    public static PublicChangeProposed Decide(Claim claim, IssueCorrection command, Actor by, DateTimeOffset now)
    {
        VerdictFields.Check(command.Summary, command.Reasoning)
            .Required("Note", command.Note, InputLimits.Reason, "A note saying what the correction fixes")
            .ThrowIfAny();
        var current = claim.Current ?? throw new ClaimRuleBroken("There is no approved verdict to correct yet.");
        if (claim.Status != ClaimStatus.Published) throw new ClaimRuleBroken("Only the verdict of a published claim is corrected; edit the draft instead.");
        PublicChangeRules.NoneWaiting(claim);
        var (summary, reasoning) = (command.Summary.Trim(), command.Reasoning.Trim());
        if (summary == current.Verdict.Summary && reasoning == current.Verdict.Reasoning)
            throw new ClaimRuleBroken("This correction changes nothing in the verdict.");
        return new PublicChangeProposed(claim.Id, command.ChangeId ?? Guid.CreateVersion7(now), PublicChangeKind.Correction,
            command.Note.Trim(), null, summary, reasoning, by, now);
    }
}
