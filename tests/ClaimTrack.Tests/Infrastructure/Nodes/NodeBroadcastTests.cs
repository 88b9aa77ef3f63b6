using ClaimTrack.Web.Infrastructure.Nodes;

namespace ClaimTrack.Tests.Infrastructure.Nodes;

/// <summary>How a node reads what arrives on the channel.</summary>
public sealed class NodeBroadcastTests
{
    private readonly NodeBroadcast _node = new();

    [Fact]
    public void Another_nodes_message_is_read_as_its_topic_and_words() =>
        _node.FromAnotherNode("0123456789ab reader-cache claim-1 listings").ShouldBe(("reader-cache", "claim-1 listings"));

    [Fact]
    public void A_nodes_own_message_coming_back_is_ignored() =>
        _node.FromAnotherNode($"{_node.NodeId} reader-cache listings").ShouldBeNull();

    [Fact]
    public void A_payload_without_a_topic_is_ignored() => _node.FromAnotherNode("garbage").ShouldBeNull();
}
