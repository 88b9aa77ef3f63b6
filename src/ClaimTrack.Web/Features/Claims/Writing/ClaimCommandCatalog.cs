using System.Collections.Frozen;
using ClaimTrack.Web.Features.Claims.Appearances;
using ClaimTrack.Web.Features.Claims.Assignments;
using ClaimTrack.Web.Features.Claims.Editing;
using ClaimTrack.Web.Features.Claims.Evidence;
using ClaimTrack.Web.Features.Claims.FrontPage;
using ClaimTrack.Web.Features.Claims.Publication;
using ClaimTrack.Web.Features.Claims.Registration;
using ClaimTrack.Web.Features.Claims.Scheduling;
using ClaimTrack.Web.Features.Claims.Translations;
using ClaimTrack.Web.Features.Claims.Verdicts;

namespace ClaimTrack.Web.Features.Claims.Writing;

/// <summary>
/// Every claim command, each entry written beside its command. Routing, the desk's role check, and the words of the
/// history and the conflict notice all read this list instead of keeping switches of their own.
/// </summary>
public static class ClaimCommandCatalog
{
    public static readonly IReadOnlyList<CommandEntry> All =
    [
        RegisterClaimDecision.Entry,
        EditClaimDecision.Entry,
        RecordAppearanceDecision.Entry,
        CorrectAppearanceDecision.Entry,
        RemoveAppearanceDecision.Entry,
        MarkFirstAppearanceDecision.Entry,
        AttachEvidenceDecision.Entry,
        CorrectEvidenceDecision.Entry,
        WithdrawEvidenceDecision.Entry,
        ProposeVerdictDecision.Entry,
        ReviewVerdictDecision.ApproveEntry,
        ReviewVerdictDecision.SendBackEntry,
        IssueCorrectionDecision.Entry,
        PublicationDecision.PublishEntry,
        PublicationDecision.RetractEntry,
        ProposeUpdateDecision.Entry,
        ReviewPublicChangeDecision.ApproveEntry,
        ReviewPublicChangeDecision.SendBackEntry,
        SchedulePublicationDecision.ScheduleEntry,
        SchedulePublicationDecision.RescheduleEntry,
        SchedulePublicationDecision.CancelEntry,
        ReleaseScheduledPublicationDecision.Entry,
        FrontPagePinDecision.PinEntry,
        FrontPagePinDecision.UnpinEntry,
        AssignClaimDecision.Entry,
        ProposeTranslationDecision.Entry,
        WithdrawTranslationDecision.Entry,
    ];

    private static readonly FrozenDictionary<Type, CommandEntry> ByCommand = All.ToFrozenDictionary(e => e.Command);

    // ToFrozenDictionary throws on a second key: an event worded by two commands fails at start-up, not in a page.
    private static readonly FrozenDictionary<Type, Func<object, FormattableString>> WordsByEvent =
        All.SelectMany(e => e.Words).ToFrozenDictionary(w => w.Event, w => w.Describe);

    public static CommandEntry? For(object command) => ByCommand.GetValueOrDefault(command.GetType());

    public static bool HasWords(Type eventType) => WordsByEvent.ContainsKey(eventType);

    /// <summary>The event's words as its command wrote them (English), for a page that words them in its own language.</summary>
    public static FormattableString? Words(object @event) =>
        WordsByEvent.TryGetValue(@event.GetType(), out var words) ? words(@event) : null;

    /// <summary>The event in the history's words, times in the newsroom's zone, or null when no command words it.</summary>
    public static string? Describe(object @event, NewsroomTime time) =>
        WordsByEvent.TryGetValue(@event.GetType(), out var words) ? time.Words(words(@event)) : null;
}
