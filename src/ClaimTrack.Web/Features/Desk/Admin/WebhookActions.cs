using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Webhooks;
using ClaimsPrincipal = System.Security.Claims.ClaimsPrincipal;

namespace ClaimTrack.Web.Features.Desk.Admin;

/// <summary>
/// Webhooks are an Admin's: an address registered here receives the newsroom's changes and the app connects to it, so
/// each action checks the stored role on the server, whatever the page showed.
/// </summary>
public sealed class WebhookActions(WebhookSubscriptions subscriptions, DeskPeople people)
{
    public async Task<(WebhookSubscription Subscription, string Secret)> RegisterAsync(ClaimsPrincipal user, string address, IEnumerable<string> events)
    {
        await DemandAsync(user);
        return await subscriptions.RegisterAsync(address, events, user.ToActor());
    }

    public async Task<string> RotateSecretAsync(ClaimsPrincipal user, WebhookSubscription seen)
    {
        await DemandAsync(user);
        return await subscriptions.RotateSecretAsync(seen.Id, seen.Version, user.ToActor());
    }

    public async Task SetEnabledAsync(ClaimsPrincipal user, WebhookSubscription seen, bool enabled)
    {
        await DemandAsync(user);
        await subscriptions.SetEnabledAsync(seen.Id, seen.Version, enabled, user.ToActor());
    }

    public async Task SetEventsAsync(ClaimsPrincipal user, WebhookSubscription seen, IEnumerable<string> events)
    {
        await DemandAsync(user);
        await subscriptions.SetEventsAsync(seen.Id, seen.Version, events, user.ToActor());
    }

    public async Task PingAsync(ClaimsPrincipal user, Guid subscriptionId)
    {
        await DemandAsync(user);
        await subscriptions.PingAsync(subscriptionId);
    }

    public async Task SendAgainAsync(ClaimsPrincipal user, Guid deliveryId)
    {
        await DemandAsync(user);
        await subscriptions.SendAgainAsync(deliveryId);
    }

    /// <summary>The list and the logs show addresses and what was sent where: an Admin's reading too.</summary>
    public async Task<IReadOnlyList<WebhookSubscription>> ListAsync(ClaimsPrincipal user)
    {
        await DemandAsync(user);
        return await subscriptions.ListAsync();
    }

    public async Task<IReadOnlyList<WebhookDelivery>> DeliveriesAsync(ClaimsPrincipal user, Guid subscriptionId)
    {
        await DemandAsync(user);
        return await subscriptions.DeliveriesAsync(subscriptionId);
    }

    private async Task DemandAsync(ClaimsPrincipal user)
    {
        if (!(await people.CurrentRolesAsync(user)).Contains(DeskRoles.Admin))
            throw new DeskActionForbidden("Your role does not allow this: webhooks need the Admin role.");
    }
}
