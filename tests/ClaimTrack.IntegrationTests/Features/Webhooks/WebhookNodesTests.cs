using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Webhooks;
using ClaimTrack.Web.Infrastructure.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.Webhooks;

/// <summary>Two nodes on one database, both sending: each event reaches the receiver once.</summary>
public sealed class WebhookNodesTests(TestCluster cluster)
{
    [Fact]
    public async Task Two_nodes_deliver_each_event_exactly_once()
    {
        // A slow receiver keeps each try open while the other node looks for due deliveries every 50 ms.
        await using var receiver = await WebhookReceiver.StartAsync(delay: TimeSpan.FromMilliseconds(150));
        var database = await cluster.CreateDatabaseAsync("webhook_nodes");
        await using var a = new ClaimTrackApp(database, settings: WebhookRig.Settings(pollSeconds: 0.05));
        _ = a.Services;
        await using var b = new ClaimTrackApp(database, settings: WebhookRig.Settings(pollSeconds: 0.05));
        _ = b.Services;
        var subscription = (await WebhookRig.SubscribeAsync(a, receiver.Address)).Subscription;

        // Saved on both nodes in turn, so each node's sender is woken by its own saves and polls for the other's.
        var stories = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            new ClaimStories((i % 2 == 0 ? a : b).Writer) { Statement = $"Claim number {i} of the two-node run." }.PublishedAsync($"Node Person {i}")));

        var deliveries = await WebhookRig.SettledAsync(a, subscription.Id, 12, TimeSpan.FromSeconds(60));
        deliveries.ShouldAllBe(d => d.State == DeliveryState.Delivered && d.Attempts.Count == 1);
        deliveries.Select(d => d.ClaimId).ShouldBe(stories.Select(s => (Guid?)s.ClaimId), ignoreOrder: true);
        receiver.Requests.Select(r => r.Header("X-ClaimTrack-Delivery")).ShouldBe(deliveries.Select(d => d.Id.ToString()), ignoreOrder: true);
        // Both nodes sent: the test saw them compete, not one node doing all the work.
        var nodes = new[] { a, b }.Select(app => app.Services.GetRequiredService<NodeBroadcast>().NodeId).ToHashSet();
        deliveries.Select(d => d.Attempts.Single().Node).ToHashSet().SetEquals(nodes).ShouldBeTrue();
    }

    [Fact]
    public async Task When_both_nodes_claim_one_due_delivery_at_once_only_one_gets_it()
    {
        var database = await cluster.CreateDatabaseAsync("webhook_claims");
        // Their senders look once at start-up and then sleep: this test makes the claims itself.
        var quiet = WebhookRig.Settings(pollSeconds: 3600);
        await using var a = new ClaimTrackApp(database, settings: quiet);
        await using var b = new ClaimTrackApp(database, settings: quiet);
        var (senderA, senderB) = (a.Services.GetRequiredService<DeliverySender>(), b.Services.GetRequiredService<DeliverySender>());

        for (var round = 0; round < 20; round++)
        {
            var id = Guid.NewGuid();
            await using (var session = a.Store.LightweightSession())
            {
                session.Insert(DeliveryOutbox.NewDelivery(id, Guid.NewGuid(), WebhookEvents.Ping, null,
                    new WebhookPayload(id, WebhookEvents.Ping, null, "http://localhost/", null, DateTimeOffset.UtcNow), DateTimeOffset.UtcNow.AddSeconds(-1)));
                await session.SaveChangesAsync();
            }
            WebhookDelivery seenByA, seenByB;
            await using (var session = a.Store.QuerySession()) seenByA = (await session.LoadAsync<WebhookDelivery>(id))!;
            await using (var session = b.Store.QuerySession()) seenByB = (await session.LoadAsync<WebhookDelivery>(id))!;

            var claims = await Task.WhenAll(senderA.TryClaimAsync(seenByA, default), senderB.TryClaimAsync(seenByB, default));

            claims.Count(c => c is not null).ShouldBe(1, $"round {round}");
        }
    }
}
