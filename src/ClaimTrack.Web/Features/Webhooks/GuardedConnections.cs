using System.Net;
using ClaimTrack.Web.Infrastructure.Web;

namespace ClaimTrack.Web.Features.Webhooks;

/// <summary>
/// Opens the connection a webhook request goes over, to a checked address only: the name is resolved here and every
/// address that is not public is dropped (unless private targets are allowed), so a name that now points at this
/// machine or the internal network is refused at the moment of sending, not only when it was registered.
/// </summary>
public static class GuardedConnections
{
    public static SocketsHttpHandler Handler(WebhookOptions options) => new()
    {
        ConnectCallback = (context, ct) => ConnectAsync(context.DnsEndPoint, options.AllowPrivateTargets, ct),
        // A redirect would be a second request to an address nobody checked, and a proxy a connection that is not the target.
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
    };

    public static async ValueTask<Stream> ConnectAsync(DnsEndPoint target, bool allowPrivate, CancellationToken ct)
    {
        var resolved = await PublicNetwork.ResolveAsync(target.Host, ct);
        var allowed = resolved.Where(a => allowPrivate || PublicNetwork.IsPublic(a)).ToArray();
        if (allowed.Length == 0)
            throw new TargetRefused(resolved.Length == 0
                ? $"{target.Host} does not resolve to any address."
                : $"{target.Host} resolves to {string.Join(", ", resolved.Select(a => a.ToString()))}, not a public address: nothing was sent.");
        return await PublicNetwork.ConnectAsync(allowed, target.Port, ct);
    }
}

/// <summary>The target resolved to no address a webhook may reach.</summary>
public sealed class TargetRefused(string message) : Exception(message);
