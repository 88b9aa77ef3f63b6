using ClaimTrack.Web.Features.Claims.Writing;

namespace ClaimTrack.Web.Features.Claims.Evidence;

/// <summary>Fixes a piece of evidence; the reason stays in the claim's history.</summary>
public sealed record CorrectEvidence(Guid EvidenceId, EvidenceDetails Details, string Reason);

public static class CorrectEvidenceDecision
{
    public static readonly CommandEntry Entry = CommandEntry
        .OnClaim<CorrectEvidence>(NewsroomRole.Reporter, (claim, command, d) => [Decide(claim, command, d.By, d.Now)])
        .Wording<EvidenceCorrected>(e => $"{e.By.Name} corrected evidence \"{e.Details.Title}\"{EvidenceCorrectionWords.Fields(e)} at {e.At:u}");

    public static EvidenceCorrected Decide(Claim claim, CorrectEvidence command, Actor by, DateTimeOffset now)
    {
        var details = EvidenceFields.Checked(command.Details, now, (command.Reason, "correction"));
        var reason = command.Reason.Trim();
        var item = EvidenceFields.Standing(claim, command.EvidenceId);
        if (item.Details == details) throw new ClaimRuleBroken("Nothing in this evidence changed.");
        return new EvidenceCorrected(claim.Id, command.EvidenceId, details, reason, by, now, item.Details);
    }
}
