using ClaimTrack.Web.Features.Webhooks;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace ClaimTrack.Web.Features.Desk.Pages;

public sealed partial class WebhooksPage
{
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = null!;
    private IReadOnlyList<WebhookSubscription> subscriptions = [];
    private IReadOnlyList<WebhookDelivery> deliveries = [];
    private WebhookSubscription? shown;
    private (string Address, string Secret)? shownSecret;
    private string? newAddress;
    private readonly HashSet<string> newEvents = [.. WebhookEvents.All];
    private IReadOnlyDictionary<string, string[]> errors = new Dictionary<string, string[]>();

    protected override async Task OnInitializedAsync() => subscriptions = await Webhooks.ListAsync((await Auth).User);

    private static void Toggle(HashSet<string> events, string kind, bool on)
    {
        if (on) events.Add(kind);
        else events.Remove(kind);
    }

    // Every action runs on the server with the Admin's stored role checked (WebhookActions), whatever this page shows.
    private Task RegisterAsync() => TryAsync(async user =>
    {
        var (subscription, secret) = await Webhooks.RegisterAsync(user, newAddress ?? "", newEvents);
        (shownSecret, newAddress) = ((subscription.Address, secret), null);
        return $"{subscription.Address} is registered.";
    });

    private Task RotateAsync(WebhookSubscription s) => TryAsync(async user =>
    {
        shownSecret = (s.Address, await Webhooks.RotateSecretAsync(user, s));
        return "A new secret signs every delivery from now on; the old one no longer verifies.";
    });

    private Task SetEnabledAsync(WebhookSubscription s, bool on) => TryAsync(async user =>
    {
        await Webhooks.SetEnabledAsync(user, s, on);
        return on ? $"{s.Address} will receive changes again." : $"{s.Address} will receive nothing until enabled.";
    });

    private Task PingAsync(WebhookSubscription s) => TryAsync(async user =>
    {
        await Webhooks.PingAsync(user, s.Id);
        shown = s;
        return "A test ping is on its way; its answer shows in the deliveries below.";
    });

    private Task SendAgainAsync(WebhookDelivery d) => TryAsync(async user =>
    {
        await Webhooks.SendAgainAsync(user, d.Id);
        return "It will be sent again now, with the same delivery id.";
    });

    private async Task ShowAsync(WebhookSubscription s)
    {
        shown = s;
        var user = (await Auth).User;
        await DeskOutcome.TryRead(async () => deliveries = await Webhooks.DeliveriesAsync(user, s.Id));
    }

    private static string Answer(DeliveryAttempt? attempt) => attempt switch
    {
        null => "",
        { StatusCode: { } code } => $"{code} in {attempt.DurationMs} ms",
        _ => attempt.Error ?? "",
    };

    private async Task TryAsync(Func<System.Security.Claims.ClaimsPrincipal, Task<string>> action)
    {
        var user = (await Auth).User;
        var done = "";
        var outcome = await DeskOutcome.Of(async () => done = await action(user));
        errors = outcome.Errors;
        Snackbar.Add(outcome.IsSaved ? done : outcome.Message, outcome.IsSaved ? Severity.Info : Severity.Error);
        await DeskOutcome.TryRead(async () =>
        {
            subscriptions = await Webhooks.ListAsync(user);
            if (shown is { } s) deliveries = await Webhooks.DeliveriesAsync(user, s.Id);
        });
    }
}
