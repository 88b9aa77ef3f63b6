using ClaimTrack.Web.Infrastructure.Nodes;
using JasperFx;
using MailKit.Net.Smtp;
using Marten;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ClaimTrack.Web.Features.Desk.Notifications.Email;

/// <summary>
/// Sends due notification emails, on every node, as the webhook sender does: a node claims a message by saving it over
/// the version it read (one node wins), holds it for a lease, and records the outcome. Nothing is sent from an editor's
/// request, and the messages wait in PostgreSQL through restarts and a mail server that is away.
/// </summary>
internal sealed class EmailSender(
    IDocumentStore store, IOptions<EmailOptions> options, TimeProvider clock, NodeBroadcast node, EmailWakeUp wakeUp, ILogger<EmailSender> log)
    : BackgroundService
{
    private const int Batch = 20;

    protected override Task ExecuteAsync(CancellationToken stopping) => !options.Value.Enabled ? Task.CompletedTask
        : wakeUp.RunAsync(SendDueAsync, Batch, () => options.Value.Poll,
            e => log.LogWarning(e, "Looking for due notification emails failed; trying again shortly."), stopping);

    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        IReadOnlyList<NotificationEmail> due;
        await using (var session = store.QuerySession())
            due = await session.Query<NotificationEmail>().Where(m => m.State == EmailState.Pending && m.NextAttemptAt <= now)
                .OrderBy(m => m.NextAttemptAt).Take(Batch).ToListAsync(ct);
        foreach (var email in due)
            if (await TryClaimAsync(email, ct) is { } attempt) await SendAsync(email, attempt, ct);
        return due.Count;
    }

    private async Task<Guid?> TryClaimAsync(NotificationEmail email, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (!EmailDecisions.IsDue(email, now)) return null;
        var attempt = Guid.NewGuid();
        EmailDecisions.Claim(email, node.NodeId, attempt, now, options.Value.Lease);
        await using var session = store.LightweightSession();
        session.Store(email);
        try
        {
            await session.SaveChangesAsync(ct);
            return attempt;
        }
        catch (ConcurrencyException)
        {
            return null;
        }
    }

    private async Task SendAsync(NotificationEmail email, Guid attempt, CancellationToken ct)
    {
        string? error = null;
        try
        {
            await SmtpSendAsync(email, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            error = $"{e.GetType().Name}: {e.Message}";
            log.LogWarning("A notification email to {To} was not sent: {Error}", email.To, error);
        }
        await using var session = store.LightweightSession();
        var stored = await session.LoadAsync<NotificationEmail>(email.Id, ct);
        if (stored is null || stored.SendingTry != attempt) return; // the lease ran out and another node took it
        EmailDecisions.Record(stored, error, clock.GetUtcNow(), options.Value);
        session.Store(stored);
        try { await session.SaveChangesAsync(ct); }
        catch (ConcurrencyException) { log.LogWarning("Notification email {Email} was taken by another node before this one recorded its try.", email.Id); }
    }

    private async Task SmtpSendAsync(NotificationEmail email, CancellationToken ct)
    {
        var settings = options.Value;
        var message = new MimeMessage
        {
            Subject = email.Subject,
            Body = new TextPart("plain") { Text = email.Body },
            // The same id on every try: a mail system that got an earlier try can tell this one is a repeat.
            MessageId = $"{email.Id:N}@claimtrack",
        };
        message.From.Add(MailboxAddress.Parse(settings.From!));
        message.To.Add(MailboxAddress.Parse(email.To));
        using var smtp = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(settings.Timeout);
        await smtp.ConnectAsync(settings.Host!, settings.Port, settings.Socket, limit.Token);
        if (!string.IsNullOrEmpty(settings.UserName)) await smtp.AuthenticateAsync(settings.UserName, settings.Password ?? "", limit.Token);
        await smtp.SendAsync(message, limit.Token);
        await smtp.DisconnectAsync(true, limit.Token);
    }
}

/// <summary>Wakes this node's sender when a save has just queued email, instead of at its next look.</summary>
public sealed class EmailWakeUp : DueWork;
