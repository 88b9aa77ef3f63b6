using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Infrastructure.Web;
using JasperFx;
using Marten;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Webhooks;

/// <summary>
/// Registers and changes subscriptions, and reads their delivery logs. Who may do it is the desk's check
/// (Features/Desk/Webhooks): this service trusts its caller, as the claim writer does.
/// </summary>
public sealed class WebhookSubscriptions(
    IDocumentStore store, IDataProtectionProvider protection, IOptions<WebhookOptions> options, TimeProvider clock,
    PublicAddress site, DeliveryWakeUp wakeUp)
{
    private readonly IDataProtector _secrets = protection.CreateProtector("ClaimTrack.Webhooks.Secret");

    /// <returns>The new subscription and its secret, which is shown this once and never again.</returns>
    public async Task<(WebhookSubscription Subscription, string Secret)> RegisterAsync(string address, IEnumerable<string> events, Actor by)
    {
        var (target, refusal) = TargetAddress.Check(address, options.Value);
        var chosen = WebhookEvents.All.Where(events.Contains).ToList();
        var errors = new Dictionary<string, string[]>();
        if (target is null) errors["Address"] = [refusal!];
        if (chosen.Count == 0) errors["Events"] = [NoEvents];
        if (target is null || errors.Count > 0) throw new ClaimInputInvalid(errors);
        var now = clock.GetUtcNow();
        var secret = WebhookSignature.NewSecret();
        var subscription = new WebhookSubscription
        {
            Id = Guid.CreateVersion7(now),
            Address = target.AbsoluteUri,
            Events = chosen,
            ProtectedSecret = _secrets.Protect(secret),
            CreatedBy = by,
            CreatedAt = now,
            Changes = [new($"registered for {string.Join(", ", chosen)}", by, now)],
        };
        await using var session = store.LightweightSession();
        session.Insert(subscription);
        await session.SaveChangesAsync();
        return (subscription, secret);
    }

    /// <returns>The new secret; the old one stops signing at once, retries included.</returns>
    public async Task<string> RotateSecretAsync(Guid id, Guid seenVersion, Actor by)
    {
        var secret = WebhookSignature.NewSecret();
        await ChangeAsync(id, seenVersion, by, "rotated the secret", s => s.ProtectedSecret = _secrets.Protect(secret));
        return secret;
    }

    public Task SetEnabledAsync(Guid id, Guid seenVersion, bool enabled, Actor by) =>
        ChangeAsync(id, seenVersion, by, enabled ? "enabled it" : "disabled it", s => s.Enabled = enabled);

    public Task SetEventsAsync(Guid id, Guid seenVersion, IEnumerable<string> events, Actor by)
    {
        var chosen = CheckEvents(events);
        return ChangeAsync(id, seenVersion, by, $"chose {string.Join(", ", chosen)}", s => s.Events = chosen);
    }

    /// <summary>Stores a "ping" delivery for this subscription now, sent like any other (signed, retried, logged).</summary>
    public async Task<WebhookDelivery> PingAsync(Guid id)
    {
        await using var session = store.LightweightSession();
        var subscription = await session.LoadAsync<WebhookSubscription>(id) ?? throw Gone();
        if (!subscription.Enabled) throw new WebhookRefused("This subscription is disabled: enable it before sending a test ping.");
        var now = clock.GetUtcNow();
        var deliveryId = Guid.CreateVersion7(now);
        var delivery = DeliveryOutbox.NewDelivery(deliveryId, id, WebhookEvents.Ping, null,
            new WebhookPayload(deliveryId, WebhookEvents.Ping, null, site.BaseUrl + "/", null, now), now);
        session.Insert(delivery);
        await session.SaveChangesAsync();
        wakeUp.Ring();
        return delivery;
    }

    public async Task SendAgainAsync(Guid deliveryId)
    {
        await using var session = store.LightweightSession();
        var delivery = await session.LoadAsync<WebhookDelivery>(deliveryId) ?? throw new WebhookRefused("There is no such delivery.");
        if (delivery.State != DeliveryState.Failed) throw new WebhookRefused("Only a failed delivery can be sent again; this one is not failed.");
        DeliveryDecisions.SendAgain(delivery, clock.GetUtcNow());
        session.Store(delivery);
        await SaveAsync(session);
        wakeUp.Ring();
    }

    public async Task<IReadOnlyList<WebhookSubscription>> ListAsync()
    {
        await using var session = store.QuerySession();
        return await session.Query<WebhookSubscription>().OrderBy(s => s.CreatedAt).ToListAsync();
    }

    /// <summary>A subscription's latest deliveries, newest first.</summary>
    public async Task<IReadOnlyList<WebhookDelivery>> DeliveriesAsync(Guid subscriptionId, int count = 50)
    {
        await using var session = store.QuerySession();
        return await session.Query<WebhookDelivery>().Where(d => d.SubscriptionId == subscriptionId)
            .OrderByDescending(d => d.CreatedAt).Take(count).ToListAsync();
    }

    /// <summary>The secret, for the sender alone; null when it cannot be read (the key ring lost its key).</summary>
    internal string? SecretOf(WebhookSubscription subscription)
    {
        try { return _secrets.Unprotect(subscription.ProtectedSecret); }
        catch (System.Security.Cryptography.CryptographicException) { return null; }
    }

    private async Task ChangeAsync(Guid id, Guid seenVersion, Actor by, string what, Action<WebhookSubscription> change)
    {
        await using var session = store.LightweightSession();
        var subscription = await session.LoadAsync<WebhookSubscription>(id) ?? throw Gone();
        if (subscription.Version != seenVersion) throw Conflict(subscription);
        change(subscription);
        subscription.Changes.Add(new(what, by, clock.GetUtcNow()));
        session.Store(subscription);
        await SaveAsync(session);
    }

    private static async Task SaveAsync(IDocumentSession session)
    {
        try
        {
            await session.SaveChangesAsync();
        }
        catch (ConcurrencyException)
        {
            throw new WebhookRefused("Someone changed it at the same moment: reload the page and try again.");
        }
    }

    private static List<string> CheckEvents(IEnumerable<string> events)
    {
        var chosen = WebhookEvents.All.Where(events.Contains).ToList();
        return chosen.Count > 0 ? chosen : throw new ClaimInputInvalid(new Dictionary<string, string[]> { ["Events"] = [NoEvents] });
    }

    private static WebhookRefused Conflict(WebhookSubscription newer) =>
        new(newer.Changes.LastOrDefault() is { } last
            ? $"This subscription changed while you were looking at it ({last.By.Name}, {last.At:yyyy-MM-dd HH:mm} UTC: {last.What}). Reload the page and try again."
            : "This subscription changed while you were looking at it. Reload the page and try again.");

    private const string NoEvents = "Choose at least one event to send.";

    private static WebhookRefused Gone() => new("There is no such subscription.");
}

/// <summary>A webhook action that cannot be done as asked; the message says why, in the desk's words.</summary>
public sealed class WebhookRefused(string message) : Exception(message);
