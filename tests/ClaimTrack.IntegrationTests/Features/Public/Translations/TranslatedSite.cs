using ClaimTrack.IntegrationTests.Support;

namespace ClaimTrack.IntegrationTests.Features.Public.Translations;

/// <summary>The app on a database of its own for the translation tests, read through the reader's real /es/ prefix.</summary>
public sealed class TranslatedSite(TestCluster cluster) : IAsyncLifetime
{
    public ClaimTrackApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        App = new ClaimTrackApp(await cluster.CreateDatabaseAsync("translations"));
        _ = App.Services;
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
