using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace ClaimTrack.IntegrationTests.Support;

/// <summary>
/// Lets a test say which address a request comes from (the in-memory server gives none): first in the pipeline, it
/// sets the connection's remote address from a test header, as forwarded-header support will from a trusted proxy.
/// </summary>
public sealed class ClientAddresses : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((http, rest) =>
        {
            if (IPAddress.TryParse(http.Request.Headers[Header].ToString(), out var address)) http.Connection.RemoteIpAddress = address;
            return rest(http);
        });
        next(app);
    };
}
