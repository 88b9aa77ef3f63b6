namespace ClaimTrack.Web.Features.Claims.Evidence;

/// <summary>Evidence is never deleted: it is withdrawn with a reason and stays in the history.</summary>
public sealed record WithdrawEvidence(Guid EvidenceId, string Reason);

public static class WithdrawEvidenceDecision
{
    public static EvidenceWithdrawn Decide(Claim claim, WithdrawEvidence command, Actor by, DateTimeOffset now)
    {
        var reason = EvidenceFields.Reason(command.Reason, "withdrawal");
        EvidenceFields.Standing(claim, command.EvidenceId);
        return new EvidenceWithdrawn(claim.Id, command.EvidenceId, reason, by, now);
    }
}
