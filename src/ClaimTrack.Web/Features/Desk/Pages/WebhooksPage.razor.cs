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
        return T["Webhooks_IsRegistered", subscription.Address];
    });

    private Task RotateAsync(WebhookSubscription s) => TryAsync(async user =>
    {
        shownSecret = (s.Address, await Webhooks.RotateSecretAsync(user, s));
        return T["Webhooks_Rotated"];
    });

    private Task SetEnabledAsync(WebhookSubscription s, bool on) => TryAsync(async user =>
    {
        await Webhooks.SetEnabledAsync(user, s, on);
        return on ? T["Webhooks_EnabledAgain", s.Address] : T["Webhooks_Disabled", s.Address];
    });

    private Task PingAsync(WebhookSubscription s) => TryAsync(async user =>
    {
        await Webhooks.PingAsync(user, s.Id);
        shown = s;
        return T["Webhooks_PingSent"];
    });

    private Task SendAgainAsync(WebhookDelivery d) => TryAsync(async user =>
    {
        await Webhooks.SendAgainAsync(user, d.Id);
        return T["Webhooks_SentAgain"];
    });

    private async Task ShowAsync(WebhookSubscription s)
    {
        shown = s;
        var user = (await Auth).User;
        await DeskOutcome.TryRead(async () => deliveries = await Webhooks.DeliveriesAsync(user, s.Id));
    }

    // The event's protocol name stays beside its words: it is what the receiver reads in the payload.
    private string EventLabel(string kind) => T[$"Webhooks_Event_{kind}"] is { ResourceNotFound: false } words ? words : kind;

    private string Answer(DeliveryAttempt? attempt) => attempt switch
    {
        null => "",
        { StatusCode: { } code } => T["Webhooks_Answer", code, attempt.DurationMs],
        _ => attempt.Error ?? "",
    };

    private async Task TryAsync(Func<System.Security.Claims.ClaimsPrincipal, Task<string>> action)
    {
        var user = (await Auth).User;
        var done = "";
        var outcome = await DeskOutcome.Of(async () => done = await action(user));
        errors = outcome.Errors;
        Snackbar.Add(outcome.IsSaved ? done : outcome.In(T), outcome.IsSaved ? Severity.Info : Severity.Error);
        await DeskOutcome.TryRead(async () =>
        {
            subscriptions = await Webhooks.ListAsync(user);
            if (shown is { } s) deliveries = await Webhooks.DeliveriesAsync(user, s.Id);
        });
    }
}
