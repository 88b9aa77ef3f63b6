using System.Text.Json;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Writing;
using ClaimTrack.Web.Infrastructure.Nodes;
using JasperFx.Events;
using Marten;
using Marten.Services;

namespace ClaimTrack.Web.Features.Desk;

/// <summary>
/// Tells open desk pages that a claim changed (after the commit), so a workspace can warn its editor and the grid can
/// refresh. One process-wide notice, not a session per circuit: pages reload what they show with a short session.
/// Desk pages on other nodes hear of it through the node channel, sent in the save's own transaction.
/// </summary>
public sealed class ClaimChanges(NewsroomTime time, NodeBroadcast nodes) : DocumentSessionListenerBase, IConfigureMarten, INodeMessageHandler
{
    public const string Topic = "claim-changed";

    // Far more than any notice's few named changes, and far below NOTIFY's 8000 bytes.
    private const int LongestWhat = 2000;

    public event Action<ClaimChange>? Changed;

    string INodeMessageHandler.Topic => Topic;

    public void Configure(IServiceProvider services, StoreOptions options) => options.Listeners.Add(this);

    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        foreach (var change in Notices(session.PendingChanges.Streams().SelectMany(s => s.Events)))
            nodes.TrySend(session, Topic, JsonSerializer.Serialize(change with { What = change.What.Length > LongestWhat ? change.What[..LongestWhat] : change.What }));
        return Task.CompletedTask;
    }

    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        foreach (var change in Notices(commit.GetEvents())) Changed?.Invoke(change);
        return Task.CompletedTask;
    }

    public Task ReceivedAsync(string message, CancellationToken ct)
    {
        if (JsonSerializer.Deserialize<ClaimChange>(message) is { } change) Changed?.Invoke(change);
        return Task.CompletedTask;
    }

    // A notice missed while the channel was closed is not replayed: the page's next save still meets the newer version
    // (optimistic concurrency) and shows the conflict notice then.
    public Task ChannelOpenedAsync(CancellationToken ct) => Task.CompletedTask;

    private IEnumerable<ClaimChange> Notices(IEnumerable<IEvent> events) =>
        // One save can append several events (an edit of the text and the topics): the notice names each.
        events.GroupBy(e => e.StreamId).Select(change =>
            new ClaimChange(change.Key, change.Last().Version, ClaimConflicts.Describe([.. change.Select(e => e.Data)], time)));
}

public sealed record ClaimChange(Guid ClaimId, long Version, string What);
