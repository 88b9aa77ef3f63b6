using ClaimTrack.Web.Features.Claims.Ratings;
using ClaimTrack.Web.Features.Claims.Writing;

namespace ClaimTrack.Web.Features.Claims.Verdicts;

/// <summary>A verdict put forward for review. When the claim already has one, this is a revision and needs a reason.</summary>
public sealed record ProposeVerdict(Guid VerdictId, string Rating, string Summary, string Reasoning, string? RevisionReason);

public static class ProposeVerdictDecision
{
    /// <summary>Reporters propose; an Editor reviews. The only decision that reads the newsroom's rating scale.</summary>
    public static readonly CommandEntry Entry = CommandEntry
        .OnClaim<ProposeVerdict>(NewsroomRole.Reporter, (claim, command, d) => [Decide(claim, command, d.Scale, d.By, d.Now)])
        .Wording<VerdictProposed>(e => $"{e.By.Name} proposed a verdict at {e.At:u}")
        with
    { ReadsScale = true };

    public static VerdictProposed Decide(Claim claim, ProposeVerdict command, RatingScale scale, Actor by, DateTimeOffset now)
    {
        var isRevision = claim.Current is not null;
        var check = VerdictFields.Check(command.Summary, command.Reasoning)
            .That(scale.Offers(command.Rating ?? ""), "Rating", "Choose a rating from the newsroom's scale.", FieldRule.RatingNotOffered);
        if (isRevision) check.Required("RevisionReason", command.RevisionReason, InputLimits.Reason, "A reason for revising the verdict");
        check.ThrowIfAny();

        if (!claim.StandingEvidence.Any())
            throw new ClaimRuleBroken("Attach at least one piece of evidence (not withdrawn) before proposing a verdict.");
        if (claim.Pending is not null)
            throw new ClaimRuleBroken("A verdict is already waiting for review; it must be approved or sent back first.");

        var text = new VerdictText(command.Rating!, command.Summary.Trim(), command.Reasoning.Trim());
        if (isRevision && text == claim.Current!.Verdict)
            throw new ClaimRuleBroken("This revision changes nothing in the current verdict.");
        return new VerdictProposed(claim.Id, command.VerdictId, text, isRevision ? command.RevisionReason!.Trim() : null, by, now);
    }
}

internal static class VerdictFields
{
    public static InputCheck Check(string summary, string reasoning) => new InputCheck()
        .Required("Summary", summary, InputLimits.Summary, "The summary")
        .SingleLine("Summary", summary, "The summary")
        .Required("Reasoning", reasoning, InputLimits.Reasoning, "The reasoning");
}
