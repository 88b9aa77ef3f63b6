using ClaimTrack.Web.Features.Claims.Appearances;
using ClaimTrack.Web.Features.Claims.Editing;
using ClaimTrack.Web.Features.Claims.Evidence;
using ClaimTrack.Web.Features.Claims.Publication;
using ClaimTrack.Web.Features.Claims.Ratings;
using ClaimTrack.Web.Features.Claims.Verdicts;

namespace ClaimTrack.Web.Features.Claims.Writing;

/// <summary>Routes a command on an existing claim to its pure decision. No I/O: tests and the demo loader use it as it is.</summary>
public static class ClaimCommands
{
    public static IReadOnlyList<object> Decide(
        Claim claim, object command, RatingScale scale, NewsroomOptions newsroom, Actor by, DateTimeOffset now) => command switch
        {
            EditClaim c => EditClaimDecision.Decide(claim, c, by, now),
            RecordAppearance c => [RecordAppearanceDecision.Decide(claim, c, by, now)],
            AttachEvidence c => [AttachEvidenceDecision.Decide(claim, c, by, now)],
            CorrectEvidence c => [CorrectEvidenceDecision.Decide(claim, c, by, now)],
            WithdrawEvidence c => [WithdrawEvidenceDecision.Decide(claim, c, by, now)],
            ProposeVerdict c => [ProposeVerdictDecision.Decide(claim, c, scale, by, now)],
            ApproveVerdict c => ReviewVerdictDecision.Approve(claim, c, newsroom.TwoPersonRule, by, now),
            SendBackVerdict c => [ReviewVerdictDecision.SendBack(claim, c, by, now)],
            IssueCorrection c => [IssueCorrectionDecision.Decide(claim, c, by, now)],
            PublishClaim => [PublicationDecision.Publish(claim, by, now)],
            RetractClaim c => [PublicationDecision.Retract(claim, c, by, now)],
            _ => throw new ArgumentException($"{command.GetType().Name} is not a command on a claim.", nameof(command)),
        };
}
