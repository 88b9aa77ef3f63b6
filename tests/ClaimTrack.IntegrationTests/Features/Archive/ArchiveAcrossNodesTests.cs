using ClaimTrack.IntegrationTests.Support;
using Microsoft.AspNetCore.Http;

namespace ClaimTrack.IntegrationTests.Features.Archive;

/// <summary>With two nodes on one database, each source is fetched by one of them, and both show the copy at once.</summary>
public sealed class ArchiveAcrossNodesTests(TestCluster cluster)
{
    private static readonly Dictionary<string, string> Settings = new()
    {
        ["ClaimTrack:Archive:Enabled"] = "true",
        ["ClaimTrack:Archive:AllowedPrivateNetworks:0"] = "127.0.0.0/8",
        ["ClaimTrack:Archive:PollSeconds"] = "1",
        ["ClaimTrack:Archive:TimeoutSeconds"] = "4",
        ["ClaimTrack:Archive:FirstRetrySeconds"] = "1",
        ["ClaimTrack:Archive:MaxRetrySeconds"] = "1",
    };

    [Fact]
    public async Task Each_source_is_fetched_once_and_the_copy_link_reaches_the_other_nodes_cached_page()
    {
        await using var site = await FeedServer.StartAsync();
        var database = await cluster.CreateDatabaseAsync("archive-nodes");
        await using var a = new ClaimTrackApp(database, settings: Settings);
        _ = a.Services;
        await using var b = new ClaimTrackApp(database, settings: Settings);
        _ = b.Services;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var turnedAway = 0;
        // Every source holds its answer until the test has cached the claim page on the other node.
        for (var i = 0; i < 6; i++)
            site.Answer($"/source-{i}", async http =>
            {
                try { await release.Task.WaitAsync(TimeSpan.FromSeconds(3), http.RequestAborted); }
                catch (TimeoutException)
                {
                    Interlocked.Increment(ref turnedAway);
                    http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                    return;
                }
                await http.Response.WriteAsync($"source {http.Request.Path}");
            });

        var cited = new List<(ClaimStories Story, Guid EvidenceId)>();
        for (var i = 0; i < 6; i++) cited.Add(await ArchiveSources.ClaimCitingAsync(i % 2 == 0 ? a : b, site.Url($"/source-{i}").AbsoluteUri, published: i == 0));
        using var readerOnB = new Reader(b);
        var page = Reader.ClaimPath(cited[0].Story);
        (await readerOnB.PageAsync(page)).ShouldNotContain("archived copy");

        release.SetResult();
        foreach (var (_, evidenceId) in cited) await ArchiveSources.WhenAsync(a, evidenceId, s => s.Copy is not null, "every source is copied");

        // Beside the tries turned away before the release (retried, as any failure), each source was fetched once: a
        // second node fetching it too would show here as one request more.
        site.Requested.Count.ShouldBe(cited.Count + Volatile.Read(ref turnedAway));
        await Eventually.HoldsAsync(TimeSpan.FromSeconds(10), async () => (await readerOnB.PageAsync(page)).Contains("archived copy, <time"),
            "the other node's cached page shows the copy", every: TimeSpan.FromMilliseconds(100));
    }
}
