using System.Net;
using ClaimTrack.Web.Infrastructure.Web;

namespace ClaimTrack.Web.Features.Archive;

/// <summary>Fetching and checking evidence sources (ClaimTrack:Archive). See docs/security.md, "Archived evidence".</summary>
public sealed class ArchiveOptions
{
    public const string Section = "ClaimTrack:Archive";

    /// <summary>Off: sources are still recorded when evidence is attached, but no node fetches or checks them.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Non-public networks the archive may fetch from, in CIDR form ("127.0.0.0/8"); none by default, so an address an
    /// editor types cannot make the server read the newsroom's own network. A list rather than a switch: a test (or a
    /// partner on the same private network) opens one range, and a redirect into any other is still refused.
    /// </summary>
    public string[] AllowedPrivateNetworks { get; set; } = [];

    public int MaxBytes { get; set; } = 10 * 1024 * 1024;
    public int TimeoutSeconds { get; set; } = 20;
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Tries to keep a first copy before giving up; each wait twice the one before, from FirstRetrySeconds.</summary>
    public int Attempts { get; set; } = 6;
    public int FirstRetrySeconds { get; set; } = 60;
    public int MaxRetrySeconds { get; set; } = 6 * 3600;

    /// <summary>How long after a copy or a check the source is checked again.</summary>
    public int LinkCheckSeconds { get; set; } = 24 * 3600;
    /// <summary>Failed checks in a row after which the source counts as vanished.</summary>
    public int VanishedAfter { get; set; } = 3;
    /// <summary>How often a node looks for due work when nothing woke it.</summary>
    public int PollSeconds { get; set; } = 30;

    public TimeSpan Poll => TimeSpan.FromSeconds(Math.Max(1, PollSeconds));
    public TimeSpan LinkCheck => TimeSpan.FromSeconds(Math.Max(1, LinkCheckSeconds));

    /// <summary>The allowed networks, parsed; a setting that is not a network stops the app at start-up.</summary>
    public IReadOnlyList<IPNetwork> PrivateNetworks() => [.. AllowedPrivateNetworks.Select(text =>
        IPNetwork.TryParse(text.Trim(), out var network) ? network
            : throw new WebSettingInvalid($"{Section}:AllowedPrivateNetworks has \"{text}\", which is not a network such as 127.0.0.0/8."))];

    /// <summary>Public addresses always; others only inside an allowed network.</summary>
    public static bool MayReach(IPAddress address, IReadOnlyList<IPNetwork> allowed)
    {
        if (PublicNetwork.IsPublic(address)) return true;
        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return allowed.Any(n => n.Contains(plain));
    }
}
