using JasperFx.Metadata;
using Microsoft.Extensions.Localization;

namespace ClaimTrack.Web.Features.Desk.Notifications.Email;

public enum EmailState { Pending, Sent, Failed }

/// <summary>
/// One notification's email, stored in the save that raised the notification (an outbox, as webhook deliveries are):
/// sent by whichever node claims it first, retried with growing waits, never sent from the editor's request.
/// </summary>
public sealed class NotificationEmail : IVersioned
{
    public Guid Id { get; set; }
    public Guid NotificationId { get; set; }
    public string To { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public EmailState State { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public int Tries { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? SendingNode { get; set; }
    public Guid? SendingTry { get; set; }

    /// <summary>The one node whose claim saves first sends it.</summary>
    public Guid Version { get; set; }

    /// <summary>The mail of a notification, in <paramref name="words"/>: the localizer of the desk's words, already in the
    /// recipient's desk language (<see cref="NotificationOutbox"/> chooses it), so a Spanish desk gets Spanish mail.</summary>
    public static NotificationEmail For(DeskNotification n, string to, string siteAddress, DateTimeOffset now, IStringLocalizer words)
    {
        var what = NotificationWords.In(n, words);
        return new()
        {
            Id = Guid.CreateVersion7(now),
            NotificationId = n.Id,
            To = to,
            Subject = $"[ClaimTrack] {NotificationRules.Quote(what, 90)}",
            // Plain words and the desk's address only: the link needs a sign-in, so a forwarded mail shows no more than this.
            Body = $"{what}\n\n{words["Claim: {0}", n.Claim]}\n\n{words["Open it on the desk: {0}", $"{siteAddress}/desk/claims/{n.ClaimId}"]}\n\n" +
                $"{words["You get this because you are on the ClaimTrack desk. Turn these emails off on the desk's notifications page."]}\n",
            CreatedAt = now,
            NextAttemptAt = now,
            State = EmailState.Pending,
        };
    }
}

/// <summary>How an email moves on, decided without I/O: claimed by a node, then sent, retried or failed.</summary>
public static class EmailDecisions
{
    public static bool IsDue(NotificationEmail email, DateTimeOffset now) => email.State == EmailState.Pending && email.NextAttemptAt <= now;

    public static void Claim(NotificationEmail email, string node, Guid attempt, DateTimeOffset now, TimeSpan lease)
    {
        if (!IsDue(email, now)) throw new InvalidOperationException("Only a due email can be claimed.");
        (email.SendingNode, email.SendingTry, email.NextAttemptAt) = (node, attempt, now + lease);
    }

    /// <summary>A try's outcome: sent, or the next try after FirstRetrySeconds doubled per failure (at most six hours), or failed after the last.</summary>
    public static void Record(NotificationEmail email, string? error, DateTimeOffset now, EmailOptions options)
    {
        email.Tries++;
        (email.SendingNode, email.SendingTry, email.LastError) = (null, null, error);
        if (error is null) { (email.State, email.SentAt) = (EmailState.Sent, now); return; }
        if (email.Tries >= options.Attempts) { email.State = EmailState.Failed; return; }
        var wait = Math.Min(6 * 3600, Math.Max(0.05, options.FirstRetrySeconds) * Math.Pow(2, email.Tries - 1));
        email.NextAttemptAt = now + TimeSpan.FromSeconds(wait);
    }
}
