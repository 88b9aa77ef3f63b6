using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Support;

/// <summary>
/// The app served by Kestrel on a free port, for what only the real server checks: it refuses a response header
/// holding non-ASCII characters (a 500), where the in-memory test server lets it through.
/// </summary>
public sealed class KestrelDatabase(TestCluster cluster) : IAsyncLifetime
{
    public ClaimTrackApp App { get; private set; } = null!;
    public Uri Address { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        App = new ClaimTrackApp(await cluster.CreateDatabaseAsync("kestrel"));
        App.UseKestrel(0);
        App.StartServer();
        Address = new Uri(App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
