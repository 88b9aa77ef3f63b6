using System.Globalization;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Desk.Notes;
using ClaimTrack.Web.Features.Desk.Notifications.Email;
using ClaimTrack.Web.Infrastructure.Web;
using ClaimTrack.Web.Localization;
using JasperFx.Events;
using Marten;
using Marten.Services;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Desk.Notifications;

/// <summary>
/// Raises notifications inside the save that appends their events: the notification (and its email, when the newsroom
/// sends email) commits with the event or not at all. Chosen over an async projection because that would run on the
/// daemon's leader after a delay, and a rebuild would raise every notification again; here each is made exactly once,
/// on whichever node saved, and every node's bell hears of it through the node channel in the same transaction.
/// </summary>
internal sealed class NotificationOutbox(
    NotificationSignals signals, IOptions<EmailOptions> email, EmailWakeUp wakeUp, PublicAddress site, TimeProvider clock,
    IStringLocalizer<DeskText> words, IOptions<NewsroomOptions> newsroom)
    : DocumentSessionListenerBase, IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options) => options.Listeners.Add(this);

    public override async Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        var events = session.PendingChanges.Streams().SelectMany(s => s.Events).ToList();
        var now = clock.GetUtcNow();
        var relevant = events.Where(e => NotificationRules.Concerns(e.Data, now)).ToList();
        var raised = relevant.Count == 0 ? [] : await RaiseAsync(session, relevant, now, token);
        foreach (var signal in SignalsFor(events.Select(e => e.Data), raised)) signals.Queue(session, signal);
    }

    private async Task<List<DeskNotification>> RaiseAsync(IDocumentSession session, List<IEvent> events, DateTimeOffset now, CancellationToken token)
    {
        var desk = await DeskDirectory.LoadAsync(session, token);
        var claimIds = events.Select(e => ClaimOf(e)).Distinct().ToArray();
        var claims = (await session.LoadManyAsync<Claim>(token, claimIds)).ToDictionary(c => c.Id);
        // A send-back tells whoever proposed what is pending, so it needs the claim as it stood before this save, and the
        // snapshot read above may already be this save's (Marten may have run its inline projections by now).
        foreach (var id in events.Where(e => e.Data is VerdictSentBack or PublicChangeSentBack).Select(e => e.StreamId).Distinct())
            if (await BeforeAsync(session, id, events, token) is { } before) claims[id] = before;
        var raised = new List<DeskNotification>();
        foreach (var e in events)
        {
            var claim = claims.GetValueOrDefault(ClaimOf(e));
            foreach (var (draft, words) in NotificationRules.Worded(e.Data, claim, desk, now))
            {
                var notification = new DeskNotification
                {
                    Id = Guid.CreateVersion7(now),
                    Recipient = draft.Recipient,
                    Kind = draft.Kind,
                    ClaimId = draft.ClaimId,
                    Claim = NotificationRules.Quote(claim?.Statement ?? "a claim", 100),
                    What = draft.What,
                    WhatCode = words.Code,
                    WhatValues = [.. words.Values],
                    By = draft.By,
                    At = draft.At,
                };
                session.Insert(notification);
                raised.Add(notification);
            }
        }
        if (raised.Count > 0 && email.Value.Enabled) await QueueEmailsAsync(session, raised, desk, now, token);
        return raised;
    }

    private async Task QueueEmailsAsync(IDocumentSession session, List<DeskNotification> raised, IReadOnlyList<DeskPerson> desk, DateTimeOffset now, CancellationToken token)
    {
        var recipients = raised.Select(n => n.Recipient).Distinct().ToArray();
        var optedOut = (await session.LoadManyAsync<NotificationSettings>(token, recipients)).Where(s => s.EmailOff).Select(s => s.Id).ToHashSet();
        foreach (var n in raised)
        {
            var person = desk.FirstOrDefault(p => p.UserId == n.Recipient);
            if (person?.Email is not { Length: > 0 } address || optedOut.Contains(n.Recipient)) continue;
            session.Insert(InLanguageOf(person.Language, () => NotificationEmail.For(n, address, site.BaseUrl, now, words)));
        }
    }

    /// <summary>
    /// Words the mail in the recipient's desk language (their profile's choice, else the newsroom's first), not the
    /// saver's: the localizer reads the current UI culture, set here around the wording alone (no await inside) and put
    /// back, so the save that raised it goes on in its own.
    /// </summary>
    private T InLanguageOf<T>(string? chosen, Func<T> word)
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var culture = CultureInfo.GetCultureInfo(DeskLanguage.Choose(chosen, newsroom.Value.Languages));
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
        try { return word(); }
        finally { (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before; }
    }

    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        // The same nudges the other nodes were sent in the transaction, now for this node's own pages.
        foreach (var signal in SignalsFor(commit.GetEvents().Select(e => e.Data), commit.Inserted.OfType<DeskNotification>())) signals.Raise(signal);
        if (commit.Inserted.OfType<NotificationEmail>().Any()) wakeUp.Ring();
        return Task.CompletedTask;
    }

    private static async Task<Claim?> BeforeAsync(IDocumentSession session, Guid claimId, List<IEvent> pending, CancellationToken token)
    {
        var saving = pending.Select(e => e.Id).Where(id => id != Guid.Empty).ToHashSet();
        Claim? claim = null;
        foreach (var e in await session.Events.FetchStreamAsync(claimId, token: token))
        {
            if (saving.Contains(e.Id) || pending.Any(p => p.Data.Equals(e.Data))) continue;
            claim = (claim, e.Data) switch
            {
                (null, ClaimRegistered registered) => Claim.Create(registered),
                ({ } known, var data) when Claim.Replays(data.GetType()) => known.Replay(data),
                _ => claim,
            };
        }
        return claim;
    }

    /// <summary>One nudge per claim whose discussion changed, naming whoever has news; or one for the news alone.</summary>
    private static IEnumerable<DeskSignal> SignalsFor(IEnumerable<object> events, IEnumerable<DeskNotification> raised)
    {
        var recipients = raised.Select(n => n.Recipient).Distinct().ToList();
        var discussed = events.Select(DiscussionOf).OfType<Guid>().Distinct().ToList();
        if (discussed.Count > 0) return discussed.Select(claimId => new DeskSignal(recipients, claimId));
        return recipients.Count > 0 ? [new DeskSignal(recipients)] : [];
    }

    /// <summary>The claim whose discussion a note event belongs to (its stream is the discussion's, not the claim's).</summary>
    private static Guid? DiscussionOf(object data) => data switch
    {
        NoteAdded e => e.ClaimId,
        NoteEdited e => e.ClaimId,
        NoteDeleted e => e.ClaimId,
        _ => null,
    };

    private static Guid ClaimOf(IEvent e) => DiscussionOf(e.Data) ?? e.StreamId;
}
