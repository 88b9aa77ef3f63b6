using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Desk.Notes;

namespace ClaimTrack.Web.Features.Desk.Notifications;

/// <summary>What should be raised, for whom: the claim stream's and the discussion's events as desk notifications.</summary>
public sealed record NotificationDraft(string Recipient, NotificationKind Kind, Guid ClaimId, string What, Actor By, DateTimeOffset At);

/// <summary>
/// A draft's sentence for other desk languages: the code names its wording (<c>Notification_{Code}</c>), the values fill
/// its blanks (names and quoted words as they were when it was raised), so the page words it in its reader's language.
/// </summary>
public sealed record NotificationWording(string Code, IReadOnlyList<string> Values);

/// <summary>
/// Which event tells whom what: a pure function of (event, the claim as it stood before the event, the desk's people,
/// now), so a new kind of event is one more case here and one more test. Nobody is told of their own action, only people
/// on the desk are told anything, and events dated long before they are saved (the demo newsroom's 2015, an import)
/// are history being loaded, not news: they raise nothing.
/// </summary>
public static class NotificationRules
{
    public static readonly TimeSpan Backfill = TimeSpan.FromDays(1);
    private const int Quoted = 140;

    public static IReadOnlyList<NotificationDraft> For(object @event, Claim? claim, IReadOnlyList<DeskPerson> desk, DateTimeOffset now) =>
        [.. Worded(@event, claim, desk, now).Select(w => w.Draft)];

    /// <summary>The drafts with the code and values each one's sentence is worded by in other desk languages.</summary>
    public static IReadOnlyList<(NotificationDraft Draft, NotificationWording Words)> Worded(
        object @event, Claim? claim, IReadOnlyList<DeskPerson> desk, DateTimeOffset now)
    {
        IEnumerable<(NotificationDraft Draft, NotificationWording Words)> drafts = @event switch
        {
            NoteAdded e => Mentioned(e.ClaimId, e.Mentions, e.Text, e.By, e.At),
            NoteEdited e => Mentioned(e.ClaimId, e.NewlyMentioned, e.Text, e.By, e.At),
            VerdictProposed e => ReviewRequested(claim, desk, e.ClaimId, e.RevisionReason is null ? "a verdict" : "a revised verdict",
                e.RevisionReason is null ? "ReviewVerdict" : "ReviewRevisedVerdict", e.By, e.At),
            PublicChangeProposed e => ReviewRequested(claim, desk, e.ClaimId, $"a {Spoken(e.Kind)} for readers", $"ReviewChange_{e.Kind}", e.By, e.At),
            VerdictSentBack e when claim?.Pending is { } pending =>
                To(pending.ProposedBy, NotificationKind.SentBack, e.ClaimId, $"{e.By.Name} sent your verdict back: “{Quote(e.Comment)}”", e.By, e.At,
                    "SentBackVerdict", Quote(e.Comment)),
            PublicChangeSentBack e when claim?.PendingChange is { } change =>
                To(change.ProposedBy, NotificationKind.SentBack, e.ClaimId, $"{e.By.Name} sent your {Spoken(change.Kind)} back: “{Quote(e.Comment)}”", e.By, e.At,
                    $"SentBackChange_{change.Kind}", Quote(e.Comment)),
            VerdictApproved e => To(e.ProposedBy, NotificationKind.Approved, e.ClaimId, $"{e.By.Name} approved your verdict", e.By, e.At, "ApprovedVerdict"),
            ClaimUpdateApproved e => To(e.ProposedBy, NotificationKind.Approved, e.ClaimId, $"{e.By.Name} approved your update", e.By, e.At, "ApprovedUpdate"),
            CorrectionIssued { ProposedBy: { } proposer } e => To(proposer, NotificationKind.Approved, e.ClaimId, $"{e.By.Name} approved your correction", e.By, e.At, "ApprovedCorrection"),
            ClaimRetracted { ProposedBy: { } proposer } e => To(proposer, NotificationKind.Approved, e.ClaimId, $"{e.By.Name} approved your retraction", e.By, e.At, "ApprovedRetraction"),
            ClaimAssigned { Owner: { } owner } e => AssignedWorded(e.ClaimId, owner, "owner", e.By, e.At),
            ReviewerAssigned { Reviewer: { } reviewer } e => AssignedWorded(e.ClaimId, reviewer, "reviewer", e.By, e.At),
            _ => [],
        };
        var onDesk = desk.Select(p => p.UserId).ToHashSet(StringComparer.Ordinal);
        return [.. drafts
            .Where(d => now - d.Draft.At <= Backfill && d.Draft.Recipient != d.Draft.By.UserId && onDesk.Contains(d.Draft.Recipient))
            .DistinctBy(d => (d.Draft.Recipient, d.Draft.Kind))];
    }

    /// <summary>Whether an event can raise anything now: the outbox asks before it loads the desk's people.</summary>
    public static bool Concerns(object @event, DateTimeOffset now) => AtOf(@event) is { } at && now - at <= Backfill;

    private static DateTimeOffset? AtOf(object @event) => @event switch
    {
        NoteAdded e => e.At,
        NoteEdited e => e.At,
        VerdictProposed e => e.At,
        PublicChangeProposed e => e.At,
        VerdictSentBack e => e.At,
        PublicChangeSentBack e => e.At,
        VerdictApproved e => e.At,
        ClaimUpdateApproved e => e.At,
        CorrectionIssued e => e.At,
        ClaimRetracted e => e.At,
        ClaimAssigned e => e.At,
        ReviewerAssigned e => e.At,
        _ => null,
    };

    /// <summary>
    /// Who reviews a proposal on this claim: its reviewer when one is named and still on the desk; otherwise everyone
    /// who may approve (Editors and Admins), so a proposal on an unassigned claim still reaches someone.
    /// </summary>
    public static IEnumerable<DeskPerson> ReviewersOf(Claim? claim, IReadOnlyList<DeskPerson> desk)
    {
        var approvers = desk.Where(p => p.Roles.Contains(DeskRoles.Editor) || p.Roles.Contains(DeskRoles.Admin)).ToList();
        return claim?.Reviewer is { } named && approvers.Where(p => p.UserId == named.UserId).ToList() is [_, ..] reviewer ? reviewer : approvers;
    }

    /// <summary>
    /// For assignment events (issue 17, part 1): the person given a claim, as owner or reviewer, is told. Add a case to
    /// <see cref="For"/> that calls this, and list the event in AtOf.
    /// </summary>
    public static IEnumerable<NotificationDraft> Assigned(Guid claimId, Actor assignee, string asWhat, Actor by, DateTimeOffset at) =>
        AssignedWorded(claimId, assignee, asWhat, by, at).Select(w => w.Item1);

    private static IEnumerable<(NotificationDraft, NotificationWording)> AssignedWorded(Guid claimId, Actor assignee, string asWhat, Actor by, DateTimeOffset at) =>
        To(assignee, NotificationKind.Assigned, claimId, $"{by.Name} made you the {asWhat} of this claim", by, at, $"Assigned_{asWhat}");

    private static IEnumerable<(NotificationDraft, NotificationWording)> Mentioned(
        Guid claimId, IReadOnlyList<Actor> people, string text, Actor by, DateTimeOffset at) =>
        people.Select(p => (new NotificationDraft(p.UserId, NotificationKind.Mention, claimId, $"{by.Name} mentioned you in a note: “{Quote(text)}”", by, at),
            new NotificationWording("Mention", [by.Name, Quote(text)])));

    private static IEnumerable<(NotificationDraft, NotificationWording)> ReviewRequested(
        Claim? claim, IReadOnlyList<DeskPerson> desk, Guid claimId, string what, string code, Actor by, DateTimeOffset at) =>
        ReviewersOf(claim, desk).Select(p => (new NotificationDraft(p.UserId, NotificationKind.ReviewRequested, claimId, $"{by.Name} asks for review of {what}", by, at),
            new NotificationWording(code, [by.Name])));

    // The code names the sentence's wording in other desk languages; its blanks are the actor's name, then the values.
    private static IEnumerable<(NotificationDraft, NotificationWording)> To(
        Actor person, NotificationKind kind, Guid claimId, string what, Actor by, DateTimeOffset at, string code, params string[] values) =>
        [(new NotificationDraft(person.UserId, kind, claimId, what, by, at), new NotificationWording(code, [by.Name, .. values]))];

    private static string Spoken(Claims.Publication.PublicChangeKind kind) => Claims.Publication.PublicChangeWords.Noun(kind);

    /// <summary>Enough of a text to recognise it; one line, so a notification list stays a list.</summary>
    public static string Quote(string text, int max = Quoted)
    {
        var line = string.Join(' ', text.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return line.Length <= max ? line : line[..(max - 1)].TrimEnd() + "…";
    }
}
