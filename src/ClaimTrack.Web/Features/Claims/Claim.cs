using System.Collections.Frozen;
using System.Reflection;
using ClaimTrack.Web.Features.Claims.Appearances;
using ClaimTrack.Web.Features.Claims.Assignments;
using ClaimTrack.Web.Features.Claims.FrontPage;
using ClaimTrack.Web.Features.Claims.Publication;
using ClaimTrack.Web.Features.Claims.Scheduling;
using ClaimTrack.Web.Features.Claims.Timeline;
using ClaimTrack.Web.Features.Claims.Translations;

namespace ClaimTrack.Web.Features.Claims;

/// <summary>
/// The claim as the desk knows it: the write model that decisions judge, kept by Marten as an inline snapshot so it
/// doubles as the editor's claim details (FetchForWriting and the desk read it without replaying the stream).
/// </summary>
public sealed class Claim
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public ClaimStatus Status { get; set; }
    public string Statement { get; set; } = "";
    public bool IsVerbatimQuote { get; set; }
    public Claimant Claimant { get; set; } = new("", ClaimantKind.Person, null);
    public string? Context { get; set; }
    public List<string> Topics { get; set; } = [];
    public string Language { get; set; } = "en";
    public List<Appearance> Appearances { get; set; } = [];
    /// <summary>The appearance an editor marked as the first; null while the earliest date decides.</summary>
    public Guid? MarkedFirstAppearanceId { get; set; }
    public List<EvidenceItem> Evidence { get; set; } = [];
    public PendingVerdict? Pending { get; set; }
    public CurrentVerdict? Current { get; set; }
    public SentBack? LastSentBack { get; set; }
    public List<TimelineEntry> Timeline { get; set; } = [];
    public ReaderFacets? LastPublished { get; set; }
    /// <summary>What readers see now (its timeline left out: <see cref="Timeline"/> has it), to word an update's changes.</summary>
    public PublishedContent? Shown { get; set; }
    public PendingPublicChange? PendingChange { get; set; }
    public PublicChangeSentBackNote? LastChangeSentBack { get; set; }
    public bool HasUnpublishedChanges { get; set; }
    public string? RetractionReason { get; set; }
    public Actor RegisteredBy { get; set; } = new("", "");
    public DateTimeOffset RegisteredAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? FirstPublishedAt { get; set; }
    /// <summary>An approval waiting for its release time (Scheduling/); null when nothing is scheduled.</summary>
    public ScheduledRelease? Scheduled { get; set; }

    /// <summary>A column of its own (ClaimsSetup), so the releaser finds what is due through an index.</summary>
    public DateTimeOffset? ReleaseAt => Scheduled?.ReleaseAt;
    /// <summary>The claim's place among the front page's pinned fact checks; null when it is not pinned.</summary>
    public int? PinnedOrder { get; set; }

    /// <summary>Who works the claim; null until an Editor assigns it.</summary>
    public Actor? Owner { get; set; }
    /// <summary>The Editor asked to review its verdict and public changes (anyone with the role still may).</summary>
    public Actor? Reviewer { get; set; }
    public DateOnly? DueOn { get; set; }
    /// <summary>When <see cref="DueOn"/> ends in the newsroom's zone: the grid's "overdue" compares this column.</summary>
    public DateTimeOffset? DueBy { get; set; }
    public ClaimPriority Priority { get; set; } = ClaimPriority.Normal;
    /// <summary>The approved translations readers can read, one per language (Translations/), in language order.</summary>
    public List<Translation> Translations { get; set; } = [];

    /// <summary>The statement's first characters, a column of its own so the desk grid sorts by statement through an
    /// index: a whole statement (up to 2,000 characters, several bytes each in some scripts) can exceed what a btree
    /// entry holds, and a save would then fail. An expression index on left(statement, 100) was tried: Marten's
    /// migration sees it as changed at every start and rebuilds it.
    /// Never ends halfway through an emoji: half a surrogate pair is no text, Npgsql refuses to send it, and the save failed.</summary>
    public string StatementStart => Statement.Length <= ClaimSortColumns.StatementChars ? Statement
        : Statement[..(char.IsHighSurrogate(Statement[ClaimSortColumns.StatementChars - 1]) ? ClaimSortColumns.StatementChars - 1 : ClaimSortColumns.StatementChars)];

    /// <summary>The claimant's name folded for the desk's claimant filter (<see cref="ClaimantFilter.Fold"/>): a column
    /// of its own, so the grid's walk compares stored text rather than unaccenting every name it passes.</summary>
    public string ClaimantKey => ClaimantFilter.Fold(Claimant.Name);

    public IEnumerable<EvidenceItem> StandingEvidence => Evidence.Where(e => !e.Withdrawn);
    public Appearance? FirstAppearance => Appearances.Find(a => a.IsFirst);

    /// <summary>Whether readers have seen this piece of evidence: then it stays public, marked, even once withdrawn.</summary>
    public bool WasShown(Guid evidenceId) => Shown?.Evidence.Any(e => e.Id == evidenceId) == true;
    public bool IsPublic => Status is ClaimStatus.Published;

    public static Claim Create(ClaimRegistered e) => new()
    {
        Id = e.ClaimId,
        Status = ClaimStatus.Draft,
        Statement = e.Statement,
        IsVerbatimQuote = e.IsVerbatimQuote,
        Claimant = e.Claimant,
        Context = e.Context,
        Topics = [.. e.Topics],
        Language = e.Language,
        Appearances = AppearanceOrder.Settle([AppearanceOrder.WithStableId(e.FirstAppearance, e.ClaimId, 0)], null),
        RegisteredBy = e.By,
        RegisteredAt = e.At,
        UpdatedAt = e.At,
    };

    public void Apply(ClaimTextEdited e)
    {
        (Statement, IsVerbatimQuote, Context, Language) = (e.Statement, e.IsVerbatimQuote, e.Context, e.Language);
        Changed(e.At);
    }

    public void Apply(ClaimantChanged e) { Claimant = e.Claimant; Changed(e.At); }

    public void Apply(ClaimRetagged e)
    {
        Topics = [.. Topics.Where(t => !e.Removed.Contains(t)), .. e.Added];
        Changed(e.At);
    }

    public void Apply(AppearanceRecorded e) =>
        SettleAppearances([.. Appearances, AppearanceOrder.WithStableId(e.Appearance, Id, Appearances.Count)], e.At);

    public void Apply(AppearanceCorrected e) =>
        SettleAppearances(Appearances.Select(a => a.Id == e.Appearance.Id ? e.Appearance : a), e.At);

    public void Apply(AppearanceRemoved e)
    {
        if (MarkedFirstAppearanceId == e.Appearance.Id) MarkedFirstAppearanceId = null;
        SettleAppearances(Appearances.Where(a => a.Id != e.Appearance.Id), e.At);
    }

    // Marking the earliest appearance clears the mark: the rule names it anyway, and an older one found later wins.
    public void Apply(AppearanceMarkedFirst e)
    {
        var earliest = Appearances.MinBy(a => a.AppearedOn);
        MarkedFirstAppearanceId = earliest?.Id == e.Appearance.Id ? null : e.Appearance.Id;
        SettleAppearances(Appearances, e.At);
    }

    public void Apply(EvidenceAttached e)
    {
        Evidence.Add(new EvidenceItem(e.EvidenceId, e.Details, false, null, e.By, e.At));
        Changed(e.At);
    }

    public void Apply(EvidenceCorrected e)
    {
        ReplaceEvidence(e.EvidenceId, item => item with { Details = e.Details, CorrectedAt = e.At, CorrectionReason = e.Reason });
        Changed(e.At);
    }

    public void Apply(EvidenceWithdrawn e)
    {
        ReplaceEvidence(e.EvidenceId, item => item with { Withdrawn = true, WithdrawalReason = e.Reason, WithdrawnAt = e.At });
        Changed(e.At);
    }

    public void Apply(VerdictProposed e)
    {
        Pending = new PendingVerdict(e.VerdictId, e.Verdict, e.RevisionReason, e.By, e.At);
        LastSentBack = null;
        if (Status == ClaimStatus.Draft) Status = ClaimStatus.InReview;
        UpdatedAt = e.At;
    }

    public void Apply(VerdictSentBack e)
    {
        Unschedule(ReleaseKind.Verdict);
        Pending = null;
        LastSentBack = new SentBack(e.VerdictId, e.Comment, e.By, e.At);
        if (Status == ClaimStatus.InReview && Current is null) Status = ClaimStatus.Draft;
        UpdatedAt = e.At;
    }

    public void Apply(VerdictApproved e)
    {
        Unschedule(ReleaseKind.Verdict, ReleaseKind.Publication);
        Pending = null;
        Current = new CurrentVerdict(e.VerdictId, e.Verdict, e.By, e.At);
        Timeline.Add(VerdictTimeline.EntryFor(e)!);
        Changed(e.At);
    }

    public void Apply(CorrectionIssued e)
    {
        Unschedule(ReleaseKind.PublicChange);
        Current = Current! with { Verdict = Current.Verdict with { Summary = e.Summary, Reasoning = e.Reasoning } };
        // A correction reaches readers at once (its approval was the review), without the desk's other edits.
        if (Shown is not null) Shown = Shown with { Verdict = Shown.Verdict with { Summary = e.Summary, Reasoning = e.Reasoning } };
        Timeline.Add(VerdictTimeline.EntryFor(e)!);
        PendingChange = null;
        UpdatedAt = e.At;
    }

    public void Apply(PublicChangeProposed e)
    {
        PendingChange = PendingPublicChange.From(e);
        LastChangeSentBack = null;
        UpdatedAt = e.At;
    }

    public void Apply(PublicChangeSentBack e)
    {
        Unschedule(ReleaseKind.PublicChange);
        LastChangeSentBack = new PublicChangeSentBackNote(e.ChangeId, PendingChange!.Kind, e.Comment, e.By, e.At);
        PendingChange = null;
        UpdatedAt = e.At;
    }

    public void Apply(ClaimUpdateApproved e)
    {
        Unschedule(ReleaseKind.PublicChange);
        PendingChange = null;
        Timeline.Add(VerdictTimeline.EntryFor(e)!);
        UpdatedAt = e.At;
    }

    public void Apply(ClaimPublished e)
    {
        Unschedule(ReleaseKind.Publication);
        Status = ClaimStatus.Published;
        // A published revision carries the new verdict only: desk edits made before it still wait for an update.
        HasUnpublishedChanges = Current is { } current
            && PublicChanges.Between(e.Content, PublishedContent.From(this, current, Timeline)).Changes.Count > 0;
        RetractionReason = null;
        LastPublished = e.Content.Facets;
        Shown = e.Content with { Timeline = [] };
        FirstPublishedAt ??= e.At;
        UpdatedAt = e.At;
    }

    public void Apply(ClaimRetracted e)
    {
        Unschedule(ReleaseKind.PublicChange);
        Status = ClaimStatus.Retracted;
        RetractionReason = e.Reason;
        Timeline.Add(VerdictTimeline.EntryFor(e)!);
        PendingChange = null;
        UpdatedAt = e.At;
    }

    // A translation is no edit of the claim's own content: nothing waits for publication because of it.
    public void Apply(TranslationApproved e)
    {
        Unschedule(ReleaseKind.PublicChange);
        PendingChange = null;
        Translations = [.. Translations.Where(t => !t.IsIn(e.Translation.Language)).Append(e.Translation).OrderBy(t => t.Language, StringComparer.Ordinal)];
        UpdatedAt = e.At;
    }

    public void Apply(TranslationWithdrawn e)
    {
        Unschedule(ReleaseKind.PublicChange);
        PendingChange = null;
        Translations.RemoveAll(t => t.IsIn(e.Language));
        UpdatedAt = e.At;
    }

    public void Apply(PublicationScheduled e)
    {
        Scheduled = new ScheduledRelease(e.Kind, e.ProposalId, e.ReleaseAt, e.By, e.At);
        if (Status is ClaimStatus.Draft or ClaimStatus.InReview) Status = ClaimStatus.Scheduled;
        UpdatedAt = e.At;
    }

    public void Apply(PublicationRescheduled e) { Scheduled = Scheduled! with { ReleaseAt = e.ReleaseAt }; UpdatedAt = e.At; }

    public void Apply(ScheduledPublicationCancelled e) { Unschedule(Scheduled?.Kind); UpdatedAt = e.At; }

    // The approval's own events follow in the same save and move the status on.
    public void Apply(ScheduledPublicationReleased e) { Unschedule(Scheduled?.Kind); UpdatedAt = e.At; }

    public void Apply(ScheduledPublicationHeld e) { Unschedule(Scheduled?.Kind); UpdatedAt = e.At; }
    // A pin is no edit of the claim's content: nothing waits for publication because of it.
    public void Apply(ClaimPinned e) { PinnedOrder = e.Order; UpdatedAt = e.At; }

    public void Apply(ClaimUnpinned e) { PinnedOrder = null; UpdatedAt = e.At; }
    // Assignment is the desk's bookkeeping, not the claim's content: it leaves UpdatedAt (the grid's "updated", the review
    // queue's order) and HasUnpublishedChanges alone, so naming a reviewer never sends a claim to the back of the queue.
    public void Apply(ClaimAssigned e) => Owner = e.Owner;

    public void Apply(ReviewerAssigned e) => Reviewer = e.Reviewer;

    public void Apply(DueDateSet e) => (DueOn, DueBy) = (e.DueOn, e.DueBy);

    public void Apply(PriorityChanged e) => Priority = e.Priority;

    /// <summary>Applies any claim event: for code that builds a claim from a list of events without Marten. (Not named
    /// Evolve: Marten would take that for its own explicit aggregation method.)</summary>
    public Claim Replay(object @event)
    {
        if (!Appliers.TryGetValue(@event.GetType(), out var apply))
            throw new ArgumentException($"{@event.GetType().Name} is not an event of an existing claim.", nameof(@event));
        apply(this, @event);
        Version++;
        return this;
    }

    /// <summary>Whether <see cref="Replay"/> knows the event: every event but the one that creates the claim.</summary>
    public static bool Replays(Type eventType) => Appliers.ContainsKey(eventType);

    // Marten finds the Apply methods by their name; Replay reads the same methods once, at start-up, so a new event
    // needs its Apply method and nothing else. Typed delegates, not MethodInfo.Invoke: the bench replays millions.
    private static readonly FrozenDictionary<Type, Action<Claim, object>> Appliers = typeof(Claim)
        .GetMethods(BindingFlags.Public | BindingFlags.Instance)
        .Where(m => m.Name == nameof(Apply) && m.GetParameters().Length == 1)
        .ToFrozenDictionary(m => m.GetParameters()[0].ParameterType, Applier);

    private static Action<Claim, object> Applier(MethodInfo apply) =>
        (Action<Claim, object>)typeof(Claim).GetMethod(nameof(TypedApplier), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(apply.GetParameters()[0].ParameterType).Invoke(null, [apply])!;

    private static Action<Claim, object> TypedApplier<TEvent>(MethodInfo apply)
    {
        var typed = apply.CreateDelegate<Action<Claim, TEvent>>();
        return (claim, e) => typed(claim, (TEvent)e);
    }

    // Whatever ends the scheduled proposal (sent back, approved at once, released, cancelled) ends its schedule: a release
    // must never publish something other than what its Editor approved for that time. Events about the other kind of
    // proposal (an update approved while a revision is scheduled) leave it be.
    private void Unschedule(params ReleaseKind?[] kinds)
    {
        if (Scheduled is null || !kinds.Contains(Scheduled.Kind)) return;
        Scheduled = null;
        if (Status == ClaimStatus.Scheduled) Status = ClaimStatus.InReview;
    }

    // Once readers have seen the claim, any edit waits for the next publication.
    private void Changed(DateTimeOffset at)
    {
        if (Status is ClaimStatus.Published or ClaimStatus.Retracted) HasUnpublishedChanges = true;
        UpdatedAt = at;
    }

    private void SettleAppearances(IEnumerable<Appearance> appearances, DateTimeOffset at)
    {
        Appearances = AppearanceOrder.Settle(appearances, MarkedFirstAppearanceId);
        Changed(at);
    }

    private void ReplaceEvidence(Guid id, Func<EvidenceItem, EvidenceItem> change)
    {
        var index = Evidence.FindIndex(item => item.Id == id);
        if (index >= 0) Evidence[index] = change(Evidence[index]);
    }
}

public sealed record EvidenceItem(
    Guid Id, EvidenceDetails Details, bool Withdrawn, string? WithdrawalReason, Actor AddedBy, DateTimeOffset AddedAt,
    DateTimeOffset? WithdrawnAt = null, DateTimeOffset? CorrectedAt = null, string? CorrectionReason = null);

public sealed record PendingVerdict(Guid VerdictId, VerdictText Verdict, string? RevisionReason, Actor ProposedBy, DateTimeOffset ProposedAt);

public sealed record CurrentVerdict(Guid VerdictId, VerdictText Verdict, Actor ApprovedBy, DateTimeOffset ApprovedAt);

public sealed record SentBack(Guid VerdictId, string Comment, Actor By, DateTimeOffset At);
