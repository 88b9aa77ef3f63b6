using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;

namespace ClaimTrack.IntegrationTests.Features.Public.Api;

/// <summary>Two nodes: the API answers node B stored are evicted when node A publishes, like its reader pages.</summary>
public sealed class ReadApiAcrossNodesTests(TwoNodes nodes) : IClassFixture<TwoNodes>, IDisposable
{
    private static readonly TimeSpan Propagation = TimeSpan.FromSeconds(1);
    private readonly Reader _readerOfB = new(nodes.B);

    [Fact]
    public async Task A_revision_on_node_A_reaches_the_answers_node_B_had_stored()
    {
        var claimant = ApiReader.Unique("Api Two Node Person");
        var slug = Slugs.From(claimant);
        var story = await new ClaimStories(nodes.A.Writer).PublishedAsync(claimant, "Api Two Nodes");
        string[] paths = [$"/api/v1/claims/{story.ClaimId}", $"/api/v1/claims?claimant={slug}", "/api/v1/claimants?size=100", "/api/v1/topics?size=100"];
        var stored = new Dictionary<string, string>();
        foreach (var path in paths) stored[path] = (await _readerOfB.GetAsync(path)).Body;
        foreach (var path in paths) (await _readerOfB.GetAsync(path)).Body.ShouldBe(stored[path], "stored on node B");

        await story.ReviseAsync("misleading", "New context from node A.");

        foreach (var path in paths)
            await Eventually.HoldsAsync(Propagation, async () => (await _readerOfB.GetAsync(path)).Body.Contains("\"misleading\""),
                $"node B's stored {path} shows node A's revision");
    }

    public void Dispose() => _readerOfB.Dispose();
}
