using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Webhooks;
using ClaimTrack.Web.Infrastructure.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.Webhooks;

/// <summary>Deliveries live in PostgreSQL: a retry still owed when the app stops is sent by the next app on the database.</summary>
public sealed class WebhookRestartTests(TestCluster cluster)
{
    [Fact]
    public async Task A_restart_between_a_failed_try_and_its_retry_still_delivers_it()
    {
        await using var receiver = await WebhookReceiver.StartAsync(n => n == 1 ? 503 : 200);
        var database = await cluster.CreateDatabaseAsync("webhook_restart");
        // The retry waits four seconds (a fifth either way): long enough for the first app to be gone by then.
        var settings = WebhookRig.Settings(firstRetrySeconds: 4);
        Guid subscriptionId;
        string firstNode;
        await using (var first = new ClaimTrackApp(database, settings: settings))
        {
            firstNode = first.Services.GetRequiredService<NodeBroadcast>().NodeId;
            subscriptionId = (await WebhookRig.SubscribeAsync(first, receiver.Address)).Subscription.Id;
            await new ClaimStories(first.Writer).PublishedAsync("Restarted Person");
            await Eventually.HoldsAsync(TimeSpan.FromSeconds(10), async () =>
                (await WebhookRig.DeliveriesAsync(first, subscriptionId)).Single() is { State: DeliveryState.Pending, Tries: 1 },
                "the first try failed and its retry is owed", TimeSpan.FromMilliseconds(50));
        }
        receiver.Requests.Count.ShouldBe(1);

        await using var second = new ClaimTrackApp(database, settings: settings);
        var secondNode = second.Services.GetRequiredService<NodeBroadcast>().NodeId;

        var delivery = (await WebhookRig.SettledAsync(second, subscriptionId, 1)).Single();
        delivery.State.ShouldBe(DeliveryState.Delivered);
        delivery.Attempts.Select(a => (a.StatusCode, a.Node)).ShouldBe([(503, firstNode), (200, secondNode)]);
        receiver.Requests.Select(r => r.Header("X-ClaimTrack-Delivery")).ShouldBe([delivery.Id.ToString(), delivery.Id.ToString()]);
    }
}
