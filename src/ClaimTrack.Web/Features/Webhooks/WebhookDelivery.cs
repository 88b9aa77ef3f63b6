using JasperFx.Metadata;

namespace ClaimTrack.Web.Features.Webhooks;

public enum DeliveryState { Pending, Delivered, Failed }

/// <summary>
/// One event for one subscription: stored in the same transaction as the change it announces (an outbox), so it is sent
/// even when the node that saved the change stops right after. Its body is frozen then, so every try and every node sends
/// the same bytes, and the delivery id lets a receiver ignore a repeat.
/// </summary>
public sealed class WebhookDelivery : IVersioned
{
    public const int LoggedAttempts = 50;

    public Guid Id { get; set; }
    public Guid SubscriptionId { get; set; }
    public string Event { get; set; } = "";
    public Guid? ClaimId { get; set; }
    public string Body { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    public DeliveryState State { get; set; }

    /// <summary>When a node may next pick it up: the next retry, or the end of the lease of the node sending it now.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>Tries since it was stored (or sent again by an Admin): the retry limit counts these.</summary>
    public int Tries { get; set; }

    /// <summary>Set while a node sends it: which node, and which of its tries (so a node never records over another's).</summary>
    public string? SendingNode { get; set; }
    public Guid? SendingTry { get; set; }

    /// <summary>Every try, newest last (the most recent <see cref="LoggedAttempts"/>).</summary>
    public List<DeliveryAttempt> Attempts { get; set; } = [];

    /// <summary>The one node that saves its claim first sends it; the others' saves meet a newer version.</summary>
    public Guid Version { get; set; }

    public DeliveryAttempt? LastAttempt => Attempts.Count == 0 ? null : Attempts[^1];
}

/// <summary>One try: its answer's status code, or why there was none; how long it took; which node made it.</summary>
public sealed record DeliveryAttempt(DateTimeOffset At, int? StatusCode, string? Error, long DurationMs, string Node)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;
}
