using ClaimTrack.IntegrationTests.Support;

namespace ClaimTrack.IntegrationTests.Features.Desk.Import;

/// <summary>The app with loopback fetching allowed (the default refuses it), and another fact-checker's site beside it.</summary>
public sealed class ImportDatabase(TestCluster cluster) : IAsyncLifetime
{
    public ClaimTrackApp App { get; private set; } = null!;
    public FeedServer Site { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        App = await ClaimTrackApp.StartAsync(cluster, "import", settings: new Dictionary<string, string>
        {
            ["ClaimTrack:Import:AllowPrivateAddresses"] = "true",
            ["ClaimTrack:Import:MaxBytes"] = "100000",
        });
        Site = await FeedServer.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Site.DisposeAsync();
        await App.DisposeAsync();
    }
}
