using System.Net;
using System.Net.Sockets;

namespace ClaimTrack.Web.Infrastructure.Web;

/// <summary>
/// Which addresses are on the public internet, for the requests the app itself makes to addresses people type
/// (webhook deliveries, ClaimReview imports): without the check the app is a way into the database, a cloud metadata
/// service or an internal admin page (server-side request forgery). The callers check the address a name resolves to
/// as they connect, so a DNS answer that changes after an earlier check cannot reach a private network.
/// </summary>
public static class PublicNetwork
{
    // RFC 6890 special-purpose ranges and friends: loopback, private, carrier NAT, link-local (169.254.169.254 is the
    // cloud metadata service), documentation, benchmarking, multicast, reserved; NAT64, 6to4 and Teredo carry an IPv4
    // address that may be private.
    private static readonly IPNetwork[] NotPublic =
    [
        IPNetwork.Parse("0.0.0.0/8"), IPNetwork.Parse("10.0.0.0/8"), IPNetwork.Parse("100.64.0.0/10"), IPNetwork.Parse("127.0.0.0/8"),
        IPNetwork.Parse("169.254.0.0/16"), IPNetwork.Parse("172.16.0.0/12"), IPNetwork.Parse("192.0.0.0/24"), IPNetwork.Parse("192.0.2.0/24"),
        IPNetwork.Parse("192.168.0.0/16"), IPNetwork.Parse("198.18.0.0/15"), IPNetwork.Parse("198.51.100.0/24"), IPNetwork.Parse("203.0.113.0/24"),
        IPNetwork.Parse("224.0.0.0/4"), IPNetwork.Parse("240.0.0.0/4"),
        IPNetwork.Parse("64:ff9b::/96"), IPNetwork.Parse("64:ff9b:1::/48"), IPNetwork.Parse("100::/64"), IPNetwork.Parse("2001::/32"),
        IPNetwork.Parse("2001:db8::/32"), IPNetwork.Parse("2002::/16"),
    ];

    // Of IPv6, only global unicast is public (loopback, unique-local, link-local, site-local, multicast lie outside it).
    private static readonly IPNetwork GlobalUnicast = IPNetwork.Parse("2000::/3");

    /// <summary>An IPv4 address written as IPv6 is judged as the IPv4 address it is.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => !NotPublic.Any(range => range.Contains(address)),
            AddressFamily.InterNetworkV6 => GlobalUnicast.Contains(address) && !NotPublic.Any(range => range.Contains(address)),
            _ => false,
        };
    }

    /// <summary>The addresses a host name (or an address literal) stands for now.</summary>
    public static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct) =>
        IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);

    /// <summary>
    /// An HttpClient for fetching addresses people typed: it follows no redirect (the caller checks each hop), sends no
    /// cookie, credentials or proxy, and as it connects checks every address the name has now: all must pass
    /// <paramref name="mayReach"/> (a name with one public and one private address is a trick), or
    /// <paramref name="refused"/> gives the caller's own error (the address that failed; null when the name has none).
    /// </summary>
    public static HttpClient GuardedClient(string userAgent, TimeSpan connectTimeout, Func<IPAddress, bool> mayReach, Func<string, IPAddress?, Exception> refused)
    {
        var client = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false,
            Credentials = null,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = connectTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
            ConnectCallback = async (context, ct) =>
            {
                var host = context.DnsEndPoint.Host;
                var addresses = await ResolveAsync(host, ct);
                if (addresses.Length == 0) throw refused(host, null);
                if (addresses.FirstOrDefault(a => !mayReach(a)) is { } inside) throw refused(host, inside);
                return await ConnectAsync(addresses, context.DnsEndPoint.Port, ct);
            },
        })
        { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        return client;
    }

    /// <summary>A TCP connection to the first of these addresses that answers, for a SocketsHttpHandler's ConnectCallback.</summary>
    public static async ValueTask<Stream> ConnectAsync(IPAddress[] addresses, int port, CancellationToken ct)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
