using ClaimTrack.Web.Features.Claims.Writing;

namespace ClaimTrack.Web.Features.Claims.Evidence;

/// <summary>Evidence is never deleted: it is withdrawn with a reason and stays in the history.</summary>
public sealed record WithdrawEvidence(Guid EvidenceId, string Reason);

public static class WithdrawEvidenceDecision
{
    public static readonly CommandEntry Entry = CommandEntry
        .OnClaim<WithdrawEvidence>(NewsroomRole.Reporter, (claim, command, d) => [Decide(claim, command, d.By, d.Now)])
        .Wording<EvidenceWithdrawn>(e => $"{e.By.Name} withdrew a piece of evidence at {e.At:u}");

    public static EvidenceWithdrawn Decide(Claim claim, WithdrawEvidence command, Actor by, DateTimeOffset now)
    {
        var reason = EvidenceFields.Reason(command.Reason, "withdrawal");
        EvidenceFields.Standing(claim, command.EvidenceId);
        return new EvidenceWithdrawn(claim.Id, command.EvidenceId, reason, by, now);
    }
}
