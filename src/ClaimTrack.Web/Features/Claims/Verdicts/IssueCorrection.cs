using ClaimTrack.Web.Features.Claims.Writing;

namespace ClaimTrack.Web.Features.Claims.Verdicts;

/// <summary>Fixes the verdict's words (a typo, a wrong figure) without changing its rating. The note says what was fixed.</summary>
public sealed record IssueCorrection(string Summary, string Reasoning, string Note);

public static class IssueCorrectionDecision
{
    /// <summary>Editors correct published words: readers see a correction at once, so it is not a Reporter's call.</summary>
    public static readonly CommandEntry Entry = CommandEntry
        .OnClaim<IssueCorrection>(NewsroomRole.Editor, (claim, command, d) => [Decide(claim, command, d.By, d.Now)])
        .Wording<CorrectionIssued>(e => $"{e.By.Name} issued a correction at {e.At:u}");

    public static CorrectionIssued Decide(Claim claim, IssueCorrection command, Actor by, DateTimeOffset now)
    {
        VerdictFields.Check(command.Summary, command.Reasoning)
            .Required("Note", command.Note, InputLimits.Reason, "A note saying what the correction fixes")
            .ThrowIfAny();
        var current = claim.Current ?? throw new ClaimRuleBroken("There is no approved verdict to correct yet.");
        var (summary, reasoning) = (command.Summary.Trim(), command.Reasoning.Trim());
        if (summary == current.Verdict.Summary && reasoning == current.Verdict.Reasoning)
            throw new ClaimRuleBroken("This correction changes nothing in the verdict.");
        return new CorrectionIssued(claim.Id, current.VerdictId, summary, reasoning, command.Note.Trim(), by, now);
    }
}
