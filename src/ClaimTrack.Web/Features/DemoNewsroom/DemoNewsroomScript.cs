using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Appearances;
using ClaimTrack.Web.Features.Claims.Evidence;
using ClaimTrack.Web.Features.Claims.Publication;
using ClaimTrack.Web.Features.Claims.Registration;
using ClaimTrack.Web.Features.Claims.Verdicts;

namespace ClaimTrack.Web.Features.DemoNewsroom;

/// <summary>
/// The demo newsroom: claims from Mark Weisbrot's column of 3 December 2015 on Venezuela's National Assembly election,
/// checked as a newsroom would have checked them then, and revised as the results and later events came in.
/// Texts are the newsroom's own words; only the claims themselves are quoted. A few claims were made, and are checked, in Spanish.
/// Claim, evidence and verdict ids are fixed Guid literals, so every install of the demo has the same claim URLs.
/// </summary>
public static partial class DemoNewsroomScript
{
    public static IReadOnlyList<DemoClaim> Claims { get; } =
    [
        CartelAllegation(), NephewsTakenToNewYork(), KillingFramedAsPolitical(), KillingWasGangFeud(),
        MarginIn2013(), FraudAllegations2013(), WashingtonWithheldRecognition(), AuditOf54Percent(), CarterBestInTheWorld(),
        OasInHaiti2011(), WyomingAndCalifornia(), RuralStatesOverRepresented(), OppositionLeadsPolls(), OppositionWillUnderperformPolls(),
        FraudClaimsPredicted(), OteroStreetProtests(),
        DiazKilledForPolitics(), CabelloGangDispute(), CneTurnout2015(),
    ];

    private const string Column = "The Huffington Post";
    // The column's author page: the outlet's own index of Weisbrot's pieces, where the column of 3 December 2015 is listed.
    private const string ColumnUrl = "https://www.huffpost.com/author/mark-weisbrot";
    // Properties, not fields: Claims above is initialised first, and fields of this partial class may not be yet.
    private static DateOnly ColumnDay => new(2015, 12, 3);
    private static Actor Reporter => DemoStaff.Reporter;
    private static Actor Editor => DemoStaff.Editor;

    private static DateTimeOffset At(int year, int month, int day, int hour = 10, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    private static DemoClaim Claim(DateTimeOffset at, RegisterClaim register, params DemoStep[] steps) =>
        new(register.ClaimId, register, Reporter, at, steps);

    private static RegisterClaim Registration(
        Guid claimId, string statement, bool verbatim, string claimant, ClaimantKind kind, string? affiliation,
        string? context, params string[] topics) =>
        new(claimId, statement, verbatim, claimant, kind, affiliation, Column, ColumnUrl, ColumnDay, context, topics);

    private static DemoStep Appearance(DateTimeOffset at, string outlet, string? url, DateOnly on, string? note = null) =>
        new(new RecordAppearance(outlet, url, on, note), Reporter, at);

    private static DemoStep Evidence(
        DateTimeOffset at, Guid evidenceId, string title, EvidenceKind kind, string? url, string? citation, string publisher,
        DateOnly? on, string excerpt, Stance stance) =>
        new(new AttachEvidence(evidenceId, new EvidenceDetails(title, kind, url, citation, publisher, on, excerpt, stance)), Reporter, at);

    private static DemoStep Propose(DateTimeOffset at, Guid verdictId, string rating, string summary, string reasoning, string? revisionReason = null) =>
        new(new ProposeVerdict(verdictId, rating, summary, reasoning, revisionReason), Reporter, at);

    private static DemoStep Approve(DateTimeOffset at, Guid verdictId, Actor? by = null) => new(new ApproveVerdict(verdictId), by ?? Editor, at);

    private static DemoStep SendBack(DateTimeOffset at, Guid verdictId, string comment) => new(new SendBackVerdict(verdictId, comment), Editor, at);

    private static DemoStep Publish(DateTimeOffset at) => new(new PublishClaim(), Editor, at);

    // Changes to published claims are proposed by one editor and approved by another, as the desk requires.
    private static DemoStep Correct(DateTimeOffset at, Guid changeId, string summary, string reasoning, string note) =>
        new(new IssueCorrection(summary, reasoning, note, changeId), Editor, at);

    private static DemoStep ProposeUpdate(DateTimeOffset at, Guid changeId, string reason) => new(new ProposeUpdate(changeId, reason), Reporter, at);

    private static DemoStep ApproveChange(DateTimeOffset at, Guid changeId) => new(new ApprovePublicChange(changeId), DemoStaff.SecondEditor, at);

    private static string Lines(params string[] paragraphs) => string.Join("\n\n", paragraphs);
}
