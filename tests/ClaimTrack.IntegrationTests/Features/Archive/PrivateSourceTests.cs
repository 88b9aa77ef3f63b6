using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims.Archive;

namespace ClaimTrack.IntegrationTests.Features.Archive;

/// <summary>With the archive's default settings, an evidence address never makes the server reach its own network.</summary>
public sealed class PrivateSourceTests(TestCluster cluster)
{
    [Fact]
    public async Task A_loopback_source_is_refused_by_default_and_never_contacted()
    {
        await using var site = await FeedServer.StartAsync();
        site.Serve("/inside", "text/plain", "the newsroom's own network");
        await using var app = await ClaimTrackApp.StartAsync(cluster, "archive-defaults", settings: new Dictionary<string, string>
        {
            ["ClaimTrack:Archive:Enabled"] = "true",
            ["ClaimTrack:Archive:Attempts"] = "1",
        });

        var (_, byAddress) = await ArchiveSources.ClaimCitingAsync(app, $"http://127.0.0.1:{site.Address.Port}/inside", published: false);
        var (_, byName) = await ArchiveSources.ClaimCitingAsync(app, $"http://localhost:{site.Address.Port}/inside", published: false);

        foreach (var id in new[] { byAddress, byName })
        {
            var source = await ArchiveSources.WhenAsync(app, id, s => s.State == SourceState.GaveUp, "the loopback source is refused");
            source.Problem!.ShouldContain("not on the public internet");
            source.Copy.ShouldBeNull();
        }
        site.Requested.ShouldBeEmpty();
    }
}
