using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Public;
using ClaimTrack.Web.Infrastructure.Nodes;
using ClaimTrack.Web.Infrastructure.Web;
using JasperFx.Events;
using Marten;
using Marten.Services;

namespace ClaimTrack.Web.Features.Webhooks;

/// <summary>
/// Stores a delivery for every subscription that wants a public change, inside the save that makes the change: the
/// change and its deliveries commit together or not at all, so none is lost when a node dies after the commit, and a
/// save that is rolled back announces nothing. Drafts, proposals and approvals waiting for publication append none of
/// the events that count (<see cref="WebhookEvents.Of"/>), so they deliver nothing.
/// </summary>
internal sealed class DeliveryOutbox(PublicAddress site, TimeProvider clock, DeliveryWakeUp wakeUp) : DocumentSessionListenerBase, IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options) => options.Listeners.Add(this);

    public override async Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        var changes = WebhookEvents.In(session.PendingChanges.Streams().SelectMany(s => s.Events)).ToList();
        if (changes.Count == 0) return;
        var subscriptions = await session.Query<WebhookSubscription>().Where(s => s.Enabled).ToListAsync(token);
        if (subscriptions.Count == 0) return;
        var now = clock.GetUtcNow();
        foreach (var (e, kind) in changes)
        {
            var wanting = subscriptions.Where(s => WebhookEvents.Wants(s, kind)).ToList();
            if (wanting.Count == 0) continue;
            var (slug, rating) = await DescribeAsync(session, e, token);
            foreach (var subscription in wanting)
            {
                var id = Guid.CreateVersion7(now);
                var payload = new WebhookPayload(id, kind, e.StreamId, site.BaseUrl + (slug.Length > 0 ? PublicPaths.Claim(e.StreamId, slug) : $"/claims/{e.StreamId}"), rating, At(e.Data) ?? now);
                session.Insert(NewDelivery(id, subscription.Id, kind, e.StreamId, payload, now));
            }
        }
    }

    public static WebhookDelivery NewDelivery(Guid id, Guid subscriptionId, string kind, Guid? claimId, WebhookPayload payload, DateTimeOffset now) => new()
    {
        Id = id,
        SubscriptionId = subscriptionId,
        Event = kind,
        ClaimId = claimId,
        Body = payload.ToJson(),
        CreatedAt = now,
        NextAttemptAt = now,
        State = DeliveryState.Pending,
    };

    // The saving node sends at once; the others find the deliveries on their next look. (Only for the deliveries this
    // outbox stored: a ping or "send again" rings itself.)
    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        if (commit.Inserted.OfType<WebhookDelivery>().Any() && WebhookEvents.In(commit.GetEvents()).Any()) wakeUp.Ring();
        return Task.CompletedTask;
    }

    /// <summary>The claim's address words and its rating as readers see them after this change.</summary>
    private static async Task<(string Slug, string? Rating)> DescribeAsync(IDocumentSession session, IEvent e, CancellationToken token)
    {
        if (e.Data is ClaimPublished published) return (Slugs.From(published.Content.Statement), published.Content.Verdict.Rating);
        // A correction or retraction leaves the statement as readers saw it: the reader document (still as before this save) has it.
        var shown = await session.LoadAsync<ReaderClaim>(e.StreamId, token);
        var rating = e.Data is ClaimRetracted retracted ? retracted.Withdrawn.Rating : shown?.Rating;
        return (shown?.Slug ?? "", rating);
    }

    private static DateTimeOffset? At(object data) => data switch
    {
        ClaimPublished p => p.At,
        CorrectionIssued c => c.At,
        ClaimRetracted r => r.At,
        _ => null,
    };
}

/// <summary>Wakes this node's sender when something is due now, instead of at its next look.</summary>
public sealed class DeliveryWakeUp : DueWork;
