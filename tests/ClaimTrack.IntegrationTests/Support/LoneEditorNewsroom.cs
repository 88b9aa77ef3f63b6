namespace ClaimTrack.IntegrationTests.Support;

/// <summary>An app whose newsroom turned the two-person rule off: one editor may approve what they proposed.</summary>
public sealed class LoneEditorNewsroom(TestCluster cluster) : IAsyncLifetime
{
    public ClaimTrackApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync() => App = await ClaimTrackApp.StartAsync(
        cluster, "lone_editor", settings: new Dictionary<string, string> { ["ClaimTrack:Newsroom:TwoPersonRule"] = "false" });

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
