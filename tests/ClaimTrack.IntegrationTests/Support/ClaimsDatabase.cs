namespace ClaimTrack.IntegrationTests.Support;

/// <summary>One app and database for the claim tests; every test writes claims of its own, so none reset the data.</summary>
public sealed class ClaimsDatabase(TestCluster cluster) : IAsyncLifetime
{
    public ClaimTrackApp App { get; private set; } = null!;
    public async ValueTask InitializeAsync() => App = await ClaimTrackApp.StartAsync(cluster, "claims");
    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
