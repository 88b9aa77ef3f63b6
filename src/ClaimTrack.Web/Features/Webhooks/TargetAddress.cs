using System.Net;
using System.Net.Sockets;

namespace ClaimTrack.Web.Features.Webhooks;

/// <summary>
/// Where a webhook may be sent. An Admin types the address, but the app makes the request from inside the newsroom's
/// network: without this check the desk would be a way to reach the database, a cloud metadata service or an internal
/// admin page (server-side request forgery). Checked when the address is registered, and again on every connection
/// (<see cref="GuardedConnections"/>), because what a name resolves to can change after it was checked.
/// </summary>
public static class TargetAddress
{
    public const int MaxLength = 2000;

    /// <summary>The address checked, or the sentence saying why it is refused.</summary>
    public static (Uri? Target, string? Refusal) Check(string? text, WebhookOptions options)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0) return (null, "Give the address the newsroom's changes are sent to.");
        if (trimmed.Length > MaxLength) return (null, $"The address is longer than {MaxLength} characters.");
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            return (null, "The address must be a full web address, such as https://partner.example.org/claimtrack.");
        if (uri.Scheme == Uri.UriSchemeHttp && !options.AllowHttp)
            return (null, "The address must use https: the signed body would otherwise be readable on the way.");
        if (uri.UserInfo.Length > 0) return (null, "The address must not hold a user name or password; the signature proves who sends.");
        if (uri.Fragment.Length > 0) return (null, "The address must not have a #fragment.");
        if (!options.AllowPrivateTargets && IsInternalName(uri))
            return (null, "The address names this machine or a private network; webhooks go to addresses on the public internet.");
        return (uri, null);
    }

    /// <summary>A name no public receiver has: loopback names, and IP addresses that are not public.</summary>
    public static bool IsInternalName(Uri uri) =>
        uri.IsLoopback
        || uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || uri.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || uri.Host.EndsWith(".internal", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && !IsPublic(ip));

    private static readonly IPNetwork[] NotPublic =
    [
        IPNetwork.Parse("0.0.0.0/8"), IPNetwork.Parse("10.0.0.0/8"), IPNetwork.Parse("100.64.0.0/10"), IPNetwork.Parse("127.0.0.0/8"),
        IPNetwork.Parse("169.254.0.0/16"), IPNetwork.Parse("172.16.0.0/12"), IPNetwork.Parse("192.0.0.0/24"), IPNetwork.Parse("192.0.2.0/24"),
        IPNetwork.Parse("192.168.0.0/16"), IPNetwork.Parse("198.18.0.0/15"), IPNetwork.Parse("198.51.100.0/24"), IPNetwork.Parse("203.0.113.0/24"),
        IPNetwork.Parse("224.0.0.0/4"), IPNetwork.Parse("240.0.0.0/4"),
        IPNetwork.Parse("::/128"), IPNetwork.Parse("::1/128"), IPNetwork.Parse("64:ff9b::/96"), IPNetwork.Parse("64:ff9b:1::/48"),
        IPNetwork.Parse("100::/64"), IPNetwork.Parse("2001:db8::/32"), IPNetwork.Parse("fc00::/7"), IPNetwork.Parse("fe80::/10"),
        IPNetwork.Parse("fec0::/10"), IPNetwork.Parse("ff00::/8"),
    ];

    /// <summary>
    /// Whether an address is on the public internet: not loopback, private, shared (carrier NAT), link-local (cloud
    /// metadata lives at 169.254.169.254), documentation, multicast or reserved; an IPv4 address written as IPv6 is
    /// judged as the IPv4 address it is.
    /// </summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily is not (AddressFamily.InterNetwork or AddressFamily.InterNetworkV6)) return false;
        return !NotPublic.Any(range => range.Contains(address));
    }
}
