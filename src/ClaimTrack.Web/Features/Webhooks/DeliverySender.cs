using System.Diagnostics;
using System.Text;
using ClaimTrack.Web.Infrastructure.Nodes;
using JasperFx;
using Marten;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Webhooks;

/// <summary>
/// Sends due deliveries, on every node. Each delivery is claimed before it is sent: a node saves it as its own, over the
/// version it read (Marten's optimistic concurrency), so when two nodes find the same delivery due only one save
/// succeeds and only that node sends. The claim is a lease: a node that dies mid-try leaves the delivery due again once
/// the lease is over. All of it lives in PostgreSQL, so a restart loses nothing.
/// </summary>
internal sealed class DeliverySender(
    IDocumentStore store, DeliveryPost post, WebhookSubscriptions subscriptions, IOptions<WebhookOptions> options,
    TimeProvider clock, NodeBroadcast node, DeliveryWakeUp wakeUp, ILogger<DeliverySender> log) : BackgroundService
{
    private const int Batch = 20;
    private const int AtOnce = 4;

    protected override Task ExecuteAsync(CancellationToken stopping) => wakeUp.RunAsync(SendDueAsync, Batch, () => options.Value.Poll,
        e => log.LogWarning(e, "Looking for due webhook deliveries failed; trying again shortly."), stopping);

    /// <returns>How many due deliveries this look found.</returns>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        IReadOnlyList<WebhookDelivery> due;
        var now = clock.GetUtcNow();
        await using (var session = store.QuerySession())
            due = await session.Query<WebhookDelivery>()
                .Where(d => d.State == DeliveryState.Pending && d.NextAttemptAt <= now)
                .OrderBy(d => d.NextAttemptAt).Take(Batch).ToListAsync(ct);
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = AtOnce, CancellationToken = ct }, async (d, t) =>
        {
            if (await TryClaimAsync(d, t) is { } attempt) await SendAsync(d, attempt, t);
        });
        return due.Count;
    }

    /// <returns>The try's id when this node now holds the delivery; null when another node took it first.</returns>
    public async Task<Guid?> TryClaimAsync(WebhookDelivery delivery, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (!DeliveryDecisions.IsDue(delivery, now)) return null;
        var attempt = Guid.NewGuid();
        DeliveryDecisions.Claim(delivery, node.NodeId, attempt, now, options.Value.Lease);
        await using var session = store.LightweightSession();
        session.Store(delivery); // over delivery.Version, the version this node read
        try
        {
            await session.SaveChangesAsync(ct);
            return attempt;
        }
        catch (ConcurrencyException)
        {
            return null;
        }
    }

    private async Task SendAsync(WebhookDelivery delivery, Guid attempt, CancellationToken ct)
    {
        WebhookSubscription? subscription;
        await using (var session = store.QuerySession()) subscription = await session.LoadAsync<WebhookSubscription>(delivery.SubscriptionId, ct);
        var secret = subscription is null ? null : subscriptions.SecretOf(subscription);
        if (subscription is not { Enabled: true } || secret is null)
        {
            var reason = subscription is null ? "The subscription no longer exists." : !subscription.Enabled
                ? "The subscription was disabled: nothing was sent."
                : "The subscription's secret cannot be read with this node's keys: rotate it.";
            await RecordAsync(delivery.Id, attempt, d => DeliveryDecisions.Abandon(d, reason, node.NodeId, clock.GetUtcNow()), ct);
            return;
        }
        var started = clock.GetUtcNow();
        var timer = Stopwatch.StartNew();
        int? status;
        string? error;
        try
        {
            (status, error) = await post.SendAsync(subscription.Address, delivery, Encoding.UTF8.GetBytes(delivery.Body), secret, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // This node is stopping mid-try: hand the delivery back now rather than at the end of the lease. Whether the
            // receiver got it is unknown, so the next node sends it again, with the same delivery id.
            using var shortly = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await RecordAsync(delivery.Id, attempt, d => DeliveryDecisions.Release(d, clock.GetUtcNow()), shortly.Token);
            throw;
        }
        var result = new DeliveryAttempt(started, status, error, timer.ElapsedMilliseconds, node.NodeId);
        await RecordAsync(delivery.Id, attempt, d => DeliveryDecisions.Record(d, result, options.Value, Random.Shared.NextDouble()), ct);
    }

    /// <summary>Saves the try's outcome, unless the lease ran out and another node has taken the delivery since.</summary>
    private async Task RecordAsync(Guid deliveryId, Guid attempt, Action<WebhookDelivery> record, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var delivery = await session.LoadAsync<WebhookDelivery>(deliveryId, ct);
        if (delivery is null || delivery.SendingTry != attempt)
        {
            log.LogWarning("Webhook delivery {Delivery} was taken by another node before this one recorded its try.", deliveryId);
            return;
        }
        record(delivery);
        session.Store(delivery);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (ConcurrencyException)
        {
            log.LogWarning("Webhook delivery {Delivery} was taken by another node before this one recorded its try.", deliveryId);
        }
    }
}
