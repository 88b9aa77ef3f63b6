using System.Security.Claims;
using ClaimTrack.Web.Features.Desk.Notifications.Email;
using Marten;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Desk.Notifications;

/// <summary>
/// A person's own notifications: the count for the bell, the list, marking read, the email choice. Every question
/// names the signed-in person's id, so nobody reads or marks another's notifications, whatever a page sends.
/// </summary>
public sealed class NotificationInbox(IDocumentStore store, NotificationSignals signals, TimeProvider clock, IOptions<EmailOptions> email)
{
    public const int Listed = 100;

    public bool EmailOffered => email.Value.Enabled;

    public async Task<int> UnreadCountAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (IdOf(user) is not { } id) return 0;
        await using var session = store.QuerySession();
        return await session.Query<DeskNotification>().CountAsync(n => n.Recipient == id && n.ReadAt == null, ct);
    }

    /// <summary>The newest first.</summary>
    public async Task<IReadOnlyList<DeskNotification>> LatestAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (IdOf(user) is not { } id) return [];
        await using var session = store.QuerySession();
        return await session.Query<DeskNotification>().Where(n => n.Recipient == id).OrderByDescending(n => n.At).ThenByDescending(n => n.Id)
            .Take(Listed).ToListAsync(ct);
    }

    /// <summary>Marks these (or, with none named, all) of the person's unread notifications read; every open page of theirs recounts.</summary>
    public async Task MarkReadAsync(ClaimsPrincipal user, IReadOnlyCollection<Guid>? ids = null)
    {
        if (IdOf(user) is not { } id) return;
        await using var session = store.LightweightSession();
        var query = session.Query<DeskNotification>().Where(n => n.Recipient == id && n.ReadAt == null);
        if (ids is not null) query = query.Where(n => ids.Contains(n.Id));
        var unread = await query.Take(1000).ToListAsync();
        if (unread.Count == 0) return;
        var now = clock.GetUtcNow();
        foreach (var n in unread) { n.ReadAt = now; session.Store(n); }
        var signal = new DeskSignal([id]);
        signals.Queue(session, signal);
        await session.SaveChangesAsync();
        signals.Raise(signal);
    }

    public async Task<bool> EmailOnAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (IdOf(user) is not { } id) return false;
        await using var session = store.QuerySession();
        return (await session.LoadAsync<NotificationSettings>(id, ct))?.EmailOff != true;
    }

    public async Task SetEmailAsync(ClaimsPrincipal user, bool on)
    {
        if (IdOf(user) is not { } id) return;
        await using var session = store.LightweightSession();
        session.Store(new NotificationSettings { Id = id, EmailOff = !on });
        await session.SaveChangesAsync();
    }

    public static string? IdOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
}
