using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Archive;
using ClaimTrack.Web.Features.Claims.Evidence;

namespace ClaimTrack.IntegrationTests.Features.Archive;

/// <summary>
/// The app with its archive on, allowed to fetch from loopback only (every other private network still refused), with
/// small limits and a link check every second, and a site on 127.0.0.1 beside it that each test gives paths of its own.
/// </summary>
public sealed class ArchiveDatabase(TestCluster cluster) : IAsyncLifetime
{
    public const int MaxBytes = 4000;
    public const int TimeoutSeconds = 2;

    public ClaimTrackApp App { get; private set; } = null!;
    public FeedServer Site { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        App = await ClaimTrackApp.StartAsync(cluster, "archive", settings: new Dictionary<string, string>
        {
            ["ClaimTrack:Archive:Enabled"] = "true",
            ["ClaimTrack:Archive:AllowedPrivateNetworks:0"] = "127.0.0.0/8",
            ["ClaimTrack:Archive:MaxBytes"] = $"{MaxBytes}",
            ["ClaimTrack:Archive:TimeoutSeconds"] = $"{TimeoutSeconds}",
            ["ClaimTrack:Archive:MaxRedirects"] = "2",
            ["ClaimTrack:Archive:Attempts"] = "2",
            ["ClaimTrack:Archive:FirstRetrySeconds"] = "1",
            ["ClaimTrack:Archive:MaxRetrySeconds"] = "1",
            ["ClaimTrack:Archive:LinkCheckSeconds"] = "1",
            ["ClaimTrack:Archive:VanishedAfter"] = "2",
            ["ClaimTrack:Archive:PollSeconds"] = "1",
        });
        Site = await FeedServer.StartAsync();
    }

    public Task<(ClaimStories Story, Guid EvidenceId)> ClaimCitingAsync(string url, bool published) => ArchiveSources.ClaimCitingAsync(App, url, published);

    public Task<EvidenceSource> SourceWhenAsync(Guid evidenceId, Func<EvidenceSource, bool> check, string what) =>
        ArchiveSources.WhenAsync(App, evidenceId, check, what);

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Site.DisposeAsync();
    }
}

/// <summary>Claims citing a source, and waiting for what the archive makes of it.</summary>
public static class ArchiveSources
{
    /// <summary>A claim with one piece of evidence at this address (published when asked), as a Reporter attaches it.</summary>
    public static async Task<(ClaimStories Story, Guid EvidenceId)> ClaimCitingAsync(ClaimTrackApp app, string url, bool published)
    {
        var story = new ClaimStories(app.Writer) { Statement = $"Turnout was the highest in forty years ({Guid.NewGuid():N})." };
        await story.RegisterAsync("Minister of Interior");
        var evidenceId = Guid.NewGuid();
        await story.DoAsync(new AttachEvidence(evidenceId, new EvidenceDetails("Official turnout figures", EvidenceKind.OfficialRecord,
            url, null, "Electoral council", null, null, Stance.Contradicts)), ClaimStories.Reporter);
        if (published)
        {
            await story.ProposeAsync();
            await story.ApproveAsync();
            await story.PublishAsync();
        }
        return (story, evidenceId);
    }

    public static async Task<EvidenceSource?> SourceAsync(ClaimTrackApp app, Guid evidenceId)
    {
        await using var session = app.Store.QuerySession();
        return await session.LoadAsync<EvidenceSource>(evidenceId);
    }

    /// <summary>Waits until the archive has done something with the source that the check accepts, and returns it.</summary>
    public static async Task<EvidenceSource> WhenAsync(ClaimTrackApp app, Guid evidenceId, Func<EvidenceSource, bool> check, string what)
    {
        EvidenceSource? source = null;
        await Eventually.HoldsAsync(TimeSpan.FromSeconds(30), async () => (source = await SourceAsync(app, evidenceId)) is { } s && check(s),
            what, every: TimeSpan.FromMilliseconds(100));
        return source!;
    }
}
