using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ClaimTrack.Web.Infrastructure.Web;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto, believed only from the proxies named in ClaimTrack:Proxy (KnownProxies:
/// addresses, KnownNetworks: CIDR ranges). Anyone can send the headers; from anyone else they are ignored. With none
/// named (the default) nothing is believed, loopback included. X-Forwarded-Host is never read: the proxy passes Host.
/// </summary>
public static class TrustedProxies
{
    public const string Section = "ClaimTrack:Proxy";

    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = List(configuration.GetSection($"{Section}:KnownProxies")).Select(ProxyAddress).ToList();
        var networks = List(configuration.GetSection($"{Section}:KnownNetworks")).Select(ProxyNetwork).ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            // ASP.NET trusts loopback by default, and trusts everyone when both lists are empty: neither is wanted.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            if (proxies.Count + networks.Count == 0)
            {
                options.ForwardedHeaders = ForwardedHeaders.None;
                return;
            }
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // A chain of named proxies (a balancer behind a CDN) is walked back to the first address that is not one.
            options.ForwardLimit = null;
            foreach (var proxy in proxies) options.KnownProxies.Add(proxy);
            foreach (var network in networks) options.KnownIPNetworks.Add(network);
        });
        return services;
    }

    /// <summary>First in the pipeline: the host check, rate limits and cookies then see the reader's address and scheme.</summary>
    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app) => app.UseForwardedHeaders();

    // One string ("10.0.0.5; 10.0.0.6", handy in an environment variable) or a list (a JSON array, or __0, __1 ...),
    // which wins over the empty string appsettings.json holds.
    private static IEnumerable<string> List(IConfigurationSection section)
    {
        var items = section.GetChildren().Select(child => child.Value?.Trim()).OfType<string>().Where(value => value.Length > 0).ToList();
        return items.Count > 0 ? items
            : (section.Value ?? "").Split([';', ',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static IPAddress ProxyAddress(string text) => IPAddress.TryParse(text, out var address)
        ? address
        : throw new WebSettingInvalid($"{Section}:KnownProxies holds '{text}', which is not an IP address (such as 10.0.0.5).");

    private static System.Net.IPNetwork ProxyNetwork(string text) => System.Net.IPNetwork.TryParse(text, out var network)
        ? network
        : throw new WebSettingInvalid($"{Section}:KnownNetworks holds '{text}', which is not a network in CIDR form (such as 10.0.0.0/8).");
}
