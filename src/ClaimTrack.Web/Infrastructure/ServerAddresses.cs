using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ClaimTrack.Web.Infrastructure;

public static class ServerAddresses
{
    /// <summary>The addresses Kestrel actually bound (a port of 0 becomes the real port), for the start-up line.</summary>
    public static IEnumerable<string> ListeningAddresses(this WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
}
