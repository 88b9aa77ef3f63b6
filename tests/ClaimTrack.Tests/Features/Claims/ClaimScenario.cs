using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Publication;
using ClaimTrack.Web.Features.Claims.Ratings;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Claims.Writing;
using JasperFx.Events;

namespace ClaimTrack.Tests.Features.Claims;

/// <summary>Given-events helpers: a claim's state built from its history, the way Marten's snapshot builds it.</summary>
public static class ClaimScenario
{
    public static readonly Actor Reporter = new("reporter", "Rosa Díaz");
    public static readonly Actor Editor = new("editor", "Amir Haddad");
    public static readonly Actor OtherEditor = new("editor-2", "Mei Tanaka");
    public static readonly DateTimeOffset Now = new(2025, 3, 10, 12, 0, 0, TimeSpan.Zero);
    public static readonly Guid ClaimId = new("11111111-1111-1111-1111-111111111111");
    public static readonly Guid EvidenceId = new("22222222-2222-2222-2222-222222222222");
    public static readonly Guid VerdictId = new("33333333-3333-3333-3333-333333333333");
    public static readonly Guid AppearanceId = new("44444444-4444-4444-4444-444444444444");
    public static readonly RatingScale Scale = RatingScale.Default();
    public static readonly NewsroomOptions Newsroom = new();

    public static Claim Given(params object[] history)
    {
        var claim = Claim.Create((ClaimRegistered)history[0]);
        claim.Version = 1;
        foreach (var e in history.Skip(1)) claim.Replay(e);
        return claim;
    }

    public static IReadOnlyList<object> When(Claim claim, object command, Actor? by = null, NewsroomOptions? newsroom = null) =>
        ClaimCommands.Decide(claim, command, Scale, newsroom ?? Newsroom, by ?? Reporter, Now);

    /// <summary>A newsroom that lets the proposer of a change approve it alone.</summary>
    public static readonly NewsroomOptions WithoutTwoPersonRule = new() { TwoPersonRule = false };

    public static ClaimRegistered Registered(string claimant = "Ana Ruiz", params string[] topics) => new(
        ClaimId, "Turnout was the highest in forty years.", true, new Claimant(claimant, ClaimantKind.Person, "Minister"),
        new Appearance(AppearanceId, "Evening News", "https://news.example.org/a", new DateOnly(2025, 3, 1), null, true),
        null, topics.Length == 0 ? ["Elections"] : topics, "en", Reporter, Now.AddDays(-3));

    public static EvidenceDetails Details(string title = "Official turnout figures") => new(
        title, EvidenceKind.OfficialRecord, "https://elections.example.org/turnout", null, "Electoral council", new DateOnly(2025, 3, 2),
        "Turnout 71%.", Stance.Contradicts);

    public static EvidenceAttached EvidenceAttached(Guid? id = null, string title = "Official turnout figures") =>
        new(ClaimId, id ?? EvidenceId, Details(title), Reporter, Now.AddDays(-2));

    public static EvidenceWithdrawn EvidenceWithdrawn(Guid? id = null, string reason = "Superseded.", DateTimeOffset? at = null) =>
        new(ClaimId, id ?? EvidenceId, reason, Reporter, at ?? Now.AddDays(-2));

    public static VerdictText Text(string rating = "false") => new(rating, "Not a forty-year record.", "Turnout was **71%**.");

    public static VerdictProposed Proposed(Guid? id = null, string rating = "false", string? revisionReason = null) =>
        new(ClaimId, id ?? VerdictId, Text(rating), revisionReason, Reporter, Now.AddDays(-1));

    public static VerdictApproved Approved(Guid? id = null, string rating = "false", string? revisionReason = null) =>
        new(ClaimId, id ?? VerdictId, Text(rating), revisionReason, Reporter, Editor, Now.AddDays(-1));

    public static ClaimPublished Published(Claim before) =>
        (ClaimPublished)ClaimCommands.Decide(before, new PublishClaim(), Scale, Newsroom, Editor, Now.AddHours(-12)).Single();

    /// <summary>A correction as another editor approves it (IssueCorrection only proposes one).</summary>
    public static CorrectionIssued Correction(string note = "Typo in the figure.") =>
        new(ClaimId, VerdictId, "Turnout was 71%, not 81%.", "The council's table says **71%**.", note, OtherEditor, Now.AddHours(-3), Editor);

    /// <summary>The reader's view after these events, built by the app's own inline projection.</summary>
    public static ReaderClaim? Shown(params object[] history) =>
        history.Aggregate((ReaderClaim?)null, (view, e) => new ReaderClaimProjection().Evolve(view, ClaimId, Wrap(e)));

    private static IEvent Wrap(object data) => (IEvent)Activator.CreateInstance(typeof(Event<>).MakeGenericType(data.GetType()), data)!;

    /// <summary>Registered with one piece of standing evidence: a verdict may be proposed.</summary>
    public static object[] WithEvidence() => [Registered(), EvidenceAttached()];

    /// <summary>A first verdict waiting for review, proposed by the reporter.</summary>
    public static object[] AwaitingReview() => [.. WithEvidence(), Proposed()];

    /// <summary>Registered, evidence, proposed, approved: ready to publish.</summary>
    public static object[] Approvable() => [.. AwaitingReview(), Approved()];

    public static object[] PublishedHistory()
    {
        var history = Approvable();
        return [.. history, Published(Given(history))];
    }

    /// <summary>Published, then retracted: an editor proposed it, another approved (the last event is ClaimRetracted).</summary>
    public static object[] RetractedHistory(string reason = "Misattributed.") =>
        Reviewed(PublishedHistory(), new RetractClaim(reason, ChangeId), Editor);

    public static readonly Guid ChangeId = new("55555555-5555-5555-5555-555555555555");

    /// <summary>The history with a public change proposed (an update, a correction or a retraction) waiting for review.</summary>
    public static object[] Proposing(object[] history, object proposal, Actor? by = null) =>
        [.. history, ClaimCommands.Decide(Given(history), proposal, Scale, Newsroom, by ?? Reporter, Now.AddHours(-8)).Single()];

    /// <summary>
    /// The history with a public change proposed and then approved by another editor: the proposal, then what the approval
    /// appends (ClaimUpdateApproved and ClaimPublished, CorrectionIssued, or ClaimRetracted).
    /// </summary>
    public static object[] Reviewed(object[] history, object proposal, Actor? by = null, Actor? approver = null)
    {
        var waiting = Proposing(history, proposal, by);
        var changeId = ((PublicChangeProposed)waiting[^1]).ChangeId;
        return [.. waiting, .. ClaimCommands.Decide(Given(waiting), new ApprovePublicChange(changeId), Scale, Newsroom, approver ?? OtherEditor, Now.AddHours(-6))];
    }

    /// <summary>An update of the desk's edits proposed by the reporter, with the reason readers will read.</summary>
    public static ProposeUpdate Update(string reason = "The statement now quotes the interview.") => new(ChangeId, reason);

    public static readonly Guid SecondEvidenceId = new("66666666-6666-6666-6666-666666666666");

    /// <summary>A source readers saw, withdrawn after publication; another one is attached first, so the claim still stands.</summary>
    public static object[] SourceReplaced(string reason = "Broken link.") =>
        [EvidenceAttached(SecondEvidenceId, "Census table"), EvidenceWithdrawn(reason: reason, at: Now.AddHours(-10))];

    public static ClaimTextEdited Reworded(string statement = "Turnout was the highest in four decades.") =>
        new(ClaimId, statement, true, null, "en", Reporter, Now.AddHours(-10));
}
