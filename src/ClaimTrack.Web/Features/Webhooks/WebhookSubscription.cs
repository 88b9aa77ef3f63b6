using ClaimTrack.Web.Features.Claims;
using JasperFx.Metadata;

namespace ClaimTrack.Web.Features.Webhooks;

/// <summary>
/// An address that asked to hear of public changes, registered by an Admin. The secret is kept only as Data Protection
/// ciphertext (the shared key ring every node reads): the Admin sees it once, when it is made.
/// </summary>
public sealed class WebhookSubscription : IVersioned
{
    public Guid Id { get; set; }
    public string Address { get; set; } = "";
    public List<string> Events { get; set; } = [];
    public bool Enabled { get; set; } = true;
    public string ProtectedSecret { get; set; } = "";
    public Actor CreatedBy { get; set; } = null!;
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Who changed it and how, newest last: registered, events, enabled or disabled, secret rotated.</summary>
    public List<SubscriptionChange> Changes { get; set; } = [];

    /// <summary>Two Admins changing one subscription at once: the second save is refused, not merged away.</summary>
    public Guid Version { get; set; }
}

public sealed record SubscriptionChange(string What, Actor By, DateTimeOffset At);
