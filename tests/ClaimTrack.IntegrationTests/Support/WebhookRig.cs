using ClaimTrack.Web.Features.Webhooks;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Support;

/// <summary>Webhook settings small enough for tests, and shortcuts over the app's own subscription service.</summary>
public static class WebhookRig
{
    /// <summary>Loopback receivers over plain http, retries within a second, three tries, a look every 0.1 s.</summary>
    public static Dictionary<string, string> Settings(double firstRetrySeconds = 0.2, double pollSeconds = 0.1, bool allowPrivate = true) => new()
    {
        ["ClaimTrack:Webhooks:AllowHttp"] = "true",
        ["ClaimTrack:Webhooks:AllowPrivateTargets"] = allowPrivate ? "true" : "false",
        ["ClaimTrack:Webhooks:TimeoutSeconds"] = "2",
        ["ClaimTrack:Webhooks:MaxAttempts"] = "3",
        ["ClaimTrack:Webhooks:FirstRetrySeconds"] = firstRetrySeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["ClaimTrack:Webhooks:MaxRetrySeconds"] = "10",
        ["ClaimTrack:Webhooks:PollSeconds"] = pollSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static readonly ClaimTrack.Web.Features.Claims.Actor Admin = new("admin-1", "Ada Admin");

    public static Task<(WebhookSubscription Subscription, string Secret)> SubscribeAsync(ClaimTrackApp app, Uri address, params string[] events) =>
        app.Services.GetRequiredService<WebhookSubscriptions>().RegisterAsync(address.ToString(), events.Length > 0 ? events : WebhookEvents.All, Admin);

    public static async Task<IReadOnlyList<WebhookDelivery>> DeliveriesAsync(ClaimTrackApp app, Guid subscriptionId)
    {
        await using var session = app.Store.QuerySession();
        return await session.Query<WebhookDelivery>().Where(d => d.SubscriptionId == subscriptionId).OrderBy(d => d.CreatedAt).ToListAsync();
    }

    /// <summary>Waits until every delivery of the subscription has ended (delivered or failed), and at least <paramref name="count"/> exist.</summary>
    public static async Task<IReadOnlyList<WebhookDelivery>> SettledAsync(ClaimTrackApp app, Guid subscriptionId, int count, TimeSpan? within = null)
    {
        IReadOnlyList<WebhookDelivery> deliveries = [];
        await Eventually.HoldsAsync(within ?? TimeSpan.FromSeconds(20), async () =>
        {
            deliveries = await DeliveriesAsync(app, subscriptionId);
            return deliveries.Count >= count && deliveries.All(d => d.State != DeliveryState.Pending);
        }, $"{count} deliveries ended", TimeSpan.FromMilliseconds(50));
        return deliveries;
    }
}
