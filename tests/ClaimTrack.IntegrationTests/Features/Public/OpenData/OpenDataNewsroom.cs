using ClaimTrack.IntegrationTests.Support;

namespace ClaimTrack.IntegrationTests.Features.Public.OpenData;

/// <summary>
/// The app over a database of its own, with the feed paged by two and exports read two claims at a time: five claims
/// are enough to cross several pages and batches. A licence of its own shows the setting reaches every file.
/// </summary>
public sealed class OpenDataNewsroom(TestCluster cluster) : IAsyncLifetime
{
    public const string LicenceName = "CC BY-SA 4.0";
    public const string LicenceUrl = "https://creativecommons.org/licenses/by-sa/4.0/";

    public ClaimTrackApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync() => App = await ClaimTrackApp.StartAsync(cluster, "opendata", settings: new Dictionary<string, string>
    {
        ["ClaimTrack:OpenData:FeedPageSize"] = "2",
        ["ClaimTrack:OpenData:ExportBatchSize"] = "2",
        ["ClaimTrack:OpenData:LicenceName"] = LicenceName,
        ["ClaimTrack:OpenData:LicenceUrl"] = LicenceUrl,
    });

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
