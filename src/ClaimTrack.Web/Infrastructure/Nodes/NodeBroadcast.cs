using System.Text;
using Marten;

namespace ClaimTrack.Web.Infrastructure.Nodes;

/// <summary>
/// Tells every app node on this database that something changed, over PostgreSQL's NOTIFY: no broker, no new service.
/// A message goes out with the save's own transaction, so other nodes hear of a change exactly when it is committed,
/// and never of one that was rolled back. The node that saved handles its own change at once (after the commit) and
/// ignores its own message when it comes back.
/// </summary>
public sealed class NodeBroadcast
{
    public const string Channel = "claimtrack_nodes";

    /// <summary>PostgreSQL refuses a NOTIFY payload of 8000 bytes or more.</summary>
    public const int MaxPayloadBytes = 7999;

    /// <summary>This process; shown in the channel connection's application_name too.</summary>
    public string NodeId { get; } = Guid.NewGuid().ToString("N")[..12];

    /// <summary>Queues a message in the session's transaction (call it before SaveChanges runs the batch).</summary>
    /// <returns>False when the message is too long for NOTIFY; nothing was queued, the caller sends something shorter.</returns>
    public bool TrySend(IDocumentSession session, string topic, string message)
    {
        var payload = $"{NodeId} {topic} {message}";
        if (Encoding.UTF8.GetByteCount(payload) > MaxPayloadBytes) return false;
        session.QueueSqlCommand("select pg_notify(?, ?)", Channel, payload);
        return true;
    }

    /// <returns>The topic and message of another node's payload; null for this node's own, or for anything else.</returns>
    public (string Topic, string Message)? FromAnotherNode(string payload)
    {
        var parts = payload.Split(' ', 3);
        if (parts.Length < 2 || parts[0] == NodeId) return null;
        return (parts[1], parts.Length == 3 ? parts[2] : "");
    }
}

/// <summary>A feature's part in the node channel: what it does with another node's messages on one topic.</summary>
public interface INodeMessageHandler
{
    /// <summary>One word, no spaces.</summary>
    string Topic { get; }

    Task ReceivedAsync(string message, CancellationToken ct);

    /// <summary>
    /// The channel has just (re)opened: whatever other nodes sent while it was closed never arrived here. A handler
    /// that keeps copies drops them all.
    /// </summary>
    Task ChannelOpenedAsync(CancellationToken ct);
}
