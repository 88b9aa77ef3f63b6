using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Webhooks;

namespace ClaimTrack.IntegrationTests.Features.Webhooks;

/// <summary>An address is checked again when each try connects: a name that now resolves inside the network gets nothing.</summary>
public sealed class WebhookTargetGuardTests(TestCluster cluster)
{
    [Fact]
    public async Task A_name_resolving_to_loopback_at_send_time_is_refused_and_nothing_is_sent()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var database = await cluster.CreateDatabaseAsync("webhook_guard");
        // Registered by a node that allowed private targets; a name's address can change the same way after registration.
        var byName = new Uri($"http://localhost:{receiver.Address.Port}/hook");
        Guid subscriptionId;
        await using (var lenient = new ClaimTrackApp(database, settings: WebhookRig.Settings(pollSeconds: 3600)))
            subscriptionId = (await WebhookRig.SubscribeAsync(lenient, byName)).Subscription.Id;

        await using var strict = new ClaimTrackApp(database, settings: WebhookRig.Settings(allowPrivate: false));
        await new ClaimStories(strict.Writer).PublishedAsync("Guarded Person");

        var delivery = (await WebhookRig.SettledAsync(strict, subscriptionId, 1)).Single();
        delivery.State.ShouldBe(DeliveryState.Failed);
        delivery.Attempts.Count.ShouldBe(3);
        delivery.Attempts.ShouldAllBe(a => a.StatusCode == null && a.Error!.Contains("not a public address"));
        receiver.Requests.ShouldBeEmpty();
    }
}
