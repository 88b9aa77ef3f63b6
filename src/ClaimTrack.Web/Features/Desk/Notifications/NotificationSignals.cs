using System.Text.Json;
using ClaimTrack.Web.Infrastructure.Nodes;
using Marten;

namespace ClaimTrack.Web.Features.Desk.Notifications;

/// <summary>
/// Something for open desk pages: these people's notifications changed (a bell recounts), and, when NotesOf is set, a
/// claim's discussion changed (its workspace reloads the notes). "*" stands for everyone.
/// </summary>
public sealed record DeskSignal(IReadOnlyList<string> Recipients, Guid? NotesOf = null)
{
    public const string Everyone = "*";

    public bool Concerns(string userId) => Recipients.Contains(Everyone) || Recipients.Contains(userId);
}

/// <summary>
/// Tells open desk pages on every node that notifications or a discussion changed. Only a nudge: the notifications
/// themselves are documents in PostgreSQL, so a page that hears it reads them again, and a nudge lost while a node's
/// channel was closed is made good by the "everyone recount" sent when it reopens.
/// </summary>
public sealed class NotificationSignals(NodeBroadcast nodes) : INodeMessageHandler
{
    public const string Topic = "desk-notifications";

    public event Action<DeskSignal>? Raised;

    string INodeMessageHandler.Topic => Topic;

    /// <summary>Queues the nudge for other nodes in the session's transaction (sent only if it commits).</summary>
    public void Queue(IDocumentSession session, DeskSignal signal)
    {
        // A desk of hundreds mentioned at once would not fit a NOTIFY: then every page recounts.
        if (!nodes.TrySend(session, Topic, JsonSerializer.Serialize(signal)))
            nodes.TrySend(session, Topic, JsonSerializer.Serialize(signal with { Recipients = [DeskSignal.Everyone] }));
    }

    /// <summary>Tells this node's pages (the saving node, after its commit).</summary>
    public void Raise(DeskSignal signal) => Raised?.Invoke(signal);

    public Task ReceivedAsync(string message, CancellationToken ct)
    {
        if (JsonSerializer.Deserialize<DeskSignal>(message) is { } signal) Raise(signal);
        return Task.CompletedTask;
    }

    public Task ChannelOpenedAsync(CancellationToken ct)
    {
        Raise(new DeskSignal([DeskSignal.Everyone]));
        return Task.CompletedTask;
    }
}
