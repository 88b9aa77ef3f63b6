using System.Net;
using ClaimTrack.IntegrationTests.Support;

namespace ClaimTrack.IntegrationTests.Features.Public.Delivery;

/// <summary>
/// Two nodes behind a load balancer: the ETag is a hash of the bytes, not a node's memory, so a reader moved from one
/// node to the other keeps a good copy; and a publication on one node gives the other node's page a new tag.
/// </summary>
public sealed class ReaderValidatorsAcrossNodesTests(TwoNodes nodes) : IClassFixture<TwoNodes>, IDisposable
{
    private readonly Reader _readerOfA = new(nodes.A);
    private readonly Reader _readerOfB = new(nodes.B);

    [Fact]
    public async Task Both_nodes_give_a_page_the_same_etag_and_a_304_for_it()
    {
        var story = await new ClaimStories(nodes.A.Writer).PublishedAsync("Two Node Validated Person");
        foreach (var encoding in new[] { "br", "gzip", "identity" })
            foreach (var path in new[] { Reader.ClaimPath(story), $"/feeds/claims/{story.ClaimId}.rss" })
            {
                var (fromA, _) = await _readerOfA.GetAsync(path, r => r.Headers.TryAddWithoutValidation("Accept-Encoding", encoding));
                var (fromB, _) = await _readerOfB.GetAsync(path, r => r.Headers.TryAddWithoutValidation("Accept-Encoding", encoding));
                fromB.Headers.ETag.ShouldBe(fromA.Headers.ETag, $"{path} in {encoding}");

                var (again, _) = await _readerOfB.GetAsync(path, r =>
                {
                    r.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
                    r.Headers.IfNoneMatch.Add(fromA.Headers.ETag!);
                });
                again.StatusCode.ShouldBe(HttpStatusCode.NotModified, $"{path} in {encoding}: node A's tag is good on node B");
            }
    }

    [Fact]
    public async Task A_publication_on_node_A_retires_the_tag_node_B_had_cached()
    {
        var story = await new ClaimStories(nodes.A.Writer).PublishedAsync("Two Node Revised Person");
        var path = Reader.ClaimPath(story);
        void Br(HttpRequestMessage r) => r.Headers.TryAddWithoutValidation("Accept-Encoding", "br");
        var (before, _) = await _readerOfB.GetAsync(path, Br);

        await story.ReviseAsync("misleading", "New context from node A.");

        await Eventually.HoldsAsync(TimeSpan.FromSeconds(5), async () =>
        {
            var (after, _) = await _readerOfB.GetAsync(path, r => { Br(r); r.Headers.IfNoneMatch.Add(before.Headers.ETag!); });
            return after.StatusCode == HttpStatusCode.OK && !Equals(after.Headers.ETag, before.Headers.ETag);
        }, "node B answers node A's revision with the new page and a new tag, not a 304 for the old one", TimeSpan.FromMilliseconds(50));
    }

    public void Dispose()
    {
        _readerOfA.Dispose();
        _readerOfB.Dispose();
    }
}
