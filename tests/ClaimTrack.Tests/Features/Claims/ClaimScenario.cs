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

    public static IReadOnlyList<object> When(Claim claim, object command, Actor? by = null) =>
        ClaimCommands.Decide(claim, command, Scale, Newsroom, by ?? Reporter, Now);

    public static ClaimRegistered Registered(string claimant = "Ana Ruiz", params string[] topics) => new(
        ClaimId, "Turnout was the highest in forty years.", true, new Claimant(claimant, ClaimantKind.Person, "Minister"),
        new Appearance(AppearanceId, "Evening News", "https://news.example.org/a", new DateOnly(2025, 3, 1), null, true),
        null, topics.Length == 0 ? ["Elections"] : topics, "en", Reporter, Now.AddDays(-3));

    public static EvidenceDetails Details(string title = "Official turnout figures") => new(
        title, EvidenceKind.OfficialRecord, "https://elections.example.org/turnout", null, "Electoral council", new DateOnly(2025, 3, 2),
        "Turnout 71%.", Stance.Contradicts);

    public static EvidenceAttached EvidenceAttached(Guid? id = null, string title = "Official turnout figures") =>
        new(ClaimId, id ?? EvidenceId, Details(title), Reporter, Now.AddDays(-2));

    public static EvidenceWithdrawn EvidenceWithdrawn(Guid? id = null) => new(ClaimId, id ?? EvidenceId, "Superseded.", Reporter, Now.AddDays(-2));

    public static VerdictText Text(string rating = "false") => new(rating, "Not a forty-year record.", "Turnout was **71%**.");

    public static VerdictProposed Proposed(Guid? id = null, string rating = "false", string? revisionReason = null) =>
        new(ClaimId, id ?? VerdictId, Text(rating), revisionReason, Reporter, Now.AddDays(-1));

    public static VerdictApproved Approved(Guid? id = null, string rating = "false", string? revisionReason = null) =>
        new(ClaimId, id ?? VerdictId, Text(rating), revisionReason, Reporter, Editor, Now.AddDays(-1));

    public static ClaimPublished Published(Claim before) =>
        (ClaimPublished)ClaimCommands.Decide(before, new PublishClaim(), Scale, Newsroom, Editor, Now.AddHours(-12)).Single();

    public static CorrectionIssued Correction(string note = "Typo in the figure.") =>
        new(ClaimId, VerdictId, "Turnout was 71%, not 81%.", "The council's table says **71%**.", note, Editor, Now.AddHours(-3));

    /// <summary>The reader's view after these events, built by the app's own inline projection.</summary>
    public static ReaderClaim? Shown(params object[] history) =>
        history.Aggregate((ReaderClaim?)null, (view, e) => new ReaderClaimProjection().Evolve(view, ClaimId, Wrap(e)));

    private static IEvent Wrap(object data) => (IEvent)Activator.CreateInstance(typeof(Event<>).MakeGenericType(data.GetType()), data)!;

    public static ClaimRetracted Retracted(Claim before, string reason = "Misattributed.") =>
        (ClaimRetracted)ClaimCommands.Decide(before, new RetractClaim(reason), Scale, Newsroom, Editor, Now.AddHours(-6)).Single();

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

    public static object[] RetractedHistory()
    {
        var history = PublishedHistory();
        return [.. history, Retracted(Given(history))];
    }
}
