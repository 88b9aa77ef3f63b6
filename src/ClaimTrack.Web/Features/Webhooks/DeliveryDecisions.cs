using ClaimTrack.Web.Infrastructure.Nodes;

namespace ClaimTrack.Web.Features.Webhooks;

/// <summary>How a delivery moves on, decided without I/O: claimed by a node, then delivered, retried or failed.</summary>
public static class DeliveryDecisions
{
    public static bool IsDue(WebhookDelivery delivery, DateTimeOffset now) =>
        delivery.State == DeliveryState.Pending && delivery.NextAttemptAt <= now;

    /// <summary>A node takes it for one try, and holds it for the lease: no other node finds it due meanwhile.</summary>
    public static void Claim(WebhookDelivery delivery, string node, Guid attempt, DateTimeOffset now, TimeSpan lease)
    {
        if (!IsDue(delivery, now)) throw new InvalidOperationException("Only a due delivery can be claimed.");
        (delivery.SendingNode, delivery.SendingTry, delivery.NextAttemptAt) = (node, attempt, now + lease);
    }

    /// <summary>Records a try: a 2xx answer delivers it; anything else waits for the next retry, or fails after the last.</summary>
    public static void Record(WebhookDelivery delivery, DeliveryAttempt attempt, WebhookOptions options, double random)
    {
        delivery.Tries++;
        delivery.Attempts.Add(attempt);
        if (delivery.Attempts.Count > WebhookDelivery.LoggedAttempts) delivery.Attempts.RemoveAt(0);
        (delivery.SendingNode, delivery.SendingTry) = (null, null);
        if (attempt.Succeeded)
        {
            delivery.State = DeliveryState.Delivered;
            return;
        }
        var wait = RetrySchedule.NextWait(delivery.Tries, options.Attempts, options.FirstRetrySeconds, options.MaxRetrySeconds, random);
        if (wait is { } next) delivery.NextAttemptAt = attempt.At + next;
        else delivery.State = DeliveryState.Failed;
    }

    /// <summary>An Admin's "send again": the same body and id (a receiver that did get it ignores it), a new round of tries.</summary>
    public static void SendAgain(WebhookDelivery delivery, DateTimeOffset now)
    {
        if (delivery.State != DeliveryState.Failed) throw new InvalidOperationException("Only a failed delivery is sent again.");
        (delivery.State, delivery.Tries, delivery.NextAttemptAt) = (DeliveryState.Pending, 0, now);
    }

    /// <summary>A delivery whose subscription is gone or disabled ends without being sent.</summary>
    public static void Abandon(WebhookDelivery delivery, string reason, string node, DateTimeOffset now)
    {
        delivery.Attempts.Add(new DeliveryAttempt(now, null, reason, 0, node));
        (delivery.State, delivery.SendingNode, delivery.SendingTry) = (DeliveryState.Failed, null, null);
    }

    /// <summary>A node stopping mid-try gives the delivery back, due at once; the interrupted try does not count.</summary>
    public static void Release(WebhookDelivery delivery, DateTimeOffset now) =>
        (delivery.SendingNode, delivery.SendingTry, delivery.NextAttemptAt) = (null, null, now);
}
