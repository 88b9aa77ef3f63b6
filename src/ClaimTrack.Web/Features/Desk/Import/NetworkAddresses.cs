using System.Net;
using System.Net.Sockets;

namespace ClaimTrack.Web.Features.Desk.Import;

/// <summary>Which addresses are on the public internet: the only ones an import may fetch from by default.</summary>
public static class NetworkAddresses
{
    // IPv4 ranges that are not the public internet (RFC 6890 and friends), as (network, prefix length).
    private static readonly (uint Network, int Prefix)[] NotPublicV4 =
    [
        (0x00000000, 8),   // "this" network
        (0x0A000000, 8),   // private
        (0x64400000, 10),  // carrier-grade NAT
        (0x7F000000, 8),   // loopback
        (0xA9FE0000, 16),  // link-local, cloud metadata (169.254.169.254)
        (0xAC100000, 12),  // private
        (0xC0000000, 24),  // IETF protocol assignments
        (0xC0000200, 24),  // documentation
        (0xC0A80000, 16),  // private
        (0xC6120000, 15),  // benchmarking
        (0xC6336400, 24),  // documentation
        (0xCB007100, 24),  // documentation
        (0xE0000000, 4),   // multicast
        (0xF0000000, 4),   // reserved, broadcast
    ];

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var bytes = address.GetAddressBytes();
            var value = (uint)(bytes[0] << 24 | bytes[1] << 16 | bytes[2] << 8 | bytes[3]);
            return !NotPublicV4.Any(r => (value & (uint.MaxValue << (32 - r.Prefix))) == r.Network);
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return false;
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6Any) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal
            || address.IsIPv6Multicast || address.IsIPv6UniqueLocal || address.IsIPv6Teredo) return false;
        var first = address.GetAddressBytes();
        // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address that may be private; documentation (2001:db8::/32).
        if (first[0] == 0x00 && first[1] == 0x64 && first[2] == 0xff && first[3] == 0x9b) return false;
        if (first[0] == 0x20 && first[1] == 0x02) return false;
        if (first[0] == 0x20 && first[1] == 0x01 && first[2] == 0x0d && first[3] == 0xb8) return false;
        // Only global unicast (2000::/3) is public.
        return (first[0] & 0xE0) == 0x20;
    }
}
