using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Registration;

namespace ClaimTrack.Web.Features.DemoNewsroom;

/// <summary>One demo claim: its registration and what the newsroom did next, in order. The loader runs every step through the real decisions.</summary>
public sealed record DemoClaim(Guid ClaimId, RegisterClaim Register, Actor RegisteredBy, DateTimeOffset RegisteredAt, IReadOnlyList<DemoStep> Steps);

/// <summary>
/// A command on the claim, by whom, when. Command is one of: RecordAppearance, AttachEvidence, CorrectEvidence,
/// WithdrawEvidence, ProposeVerdict, ApproveVerdict, SendBackVerdict, IssueCorrection, PublishClaim, RetractClaim, EditClaim.
/// </summary>
public sealed record DemoStep(object Command, Actor By, DateTimeOffset At);

/// <summary>The demo newsroom's people; the two-person rule needs a proposer and a different approver.</summary>
public static class DemoStaff
{
    public static readonly Actor Reporter = new("demo-reporter", "Lucía Romero");
    public static readonly Actor Editor = new("demo-editor", "Daniel Okafor");
    public static readonly Actor SecondEditor = new("demo-editor-2", "Mei Tanaka");
}
