using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ClaimTrack.Web.Infrastructure.Web;

/// <summary>
/// The one address the site is known by. Every absolute link (canonical, og:url, ClaimReview, feeds, sitemap,
/// robots.txt) is built from it, never from the Host header, which whoever sends the request writes: a forged Host would
/// otherwise reach search engines and feed readers through a cached page. Set by <see cref="Setting"/>; without it
/// (a demo on one machine) the address Kestrel listens on stands in, and only loopback names are answered.
/// </summary>
public sealed class PublicAddress(Uri? configured, IServer server)
{
    public const string Setting = "ClaimTrack:PublicSite:BaseUrl";

    // Kestrel reports these for "listen on every interface": no reader can follow a link to them.
    private static readonly string[] Wildcards = ["0.0.0.0", "[::]"];

    private Uri? _listening;

    public bool IsConfigured => configured is not null;

    /// <summary>scheme://host[:port], no trailing slash.</summary>
    public string BaseUrl => Origin(configured ?? Listening());

    /// <summary>
    /// Whether a request naming this host is for this site. Set: only the configured host (any port, as ASP.NET's own
    /// AllowedHosts compares). Unset: loopback names and the address Kestrel listens on, which also turns away DNS
    /// rebinding (a hostile page whose name resolves to 127.0.0.1, reaching a demo desk whose passwords are public).
    /// </summary>
    public bool Answers(HostString host) => configured is { } site
        ? Names(site, host.Host)
        : IsLoopback(host.Host) || Names(Listening(), host.Host);

    public string Refusal => configured is null
        ? $"Bad request: until {Setting} names the site's public address, it answers only on its loopback or listening address, and the Host header names another."
        : $"Bad request: this site answers only as {BaseUrl}, and the Host header names another.";

    /// <summary>The setting, checked: an absolute http(s) address with nothing after the host and port; null when empty.</summary>
    public static Uri? Read(string? setting)
    {
        if (string.IsNullOrWhiteSpace(setting)) return null;
        if (Uri.TryCreate(setting.Trim(), UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0)
            return uri;
        throw new WebSettingInvalid(
            $"{Setting} must be the site's address alone, such as https://factcheck.example.org (no path, query or user), not '{setting}'.");
    }

    public static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>The first address Kestrel bound that names a host; "every interface" becomes localhost.</summary>
    public static Uri FromListening(IEnumerable<string> addresses)
    {
        var bound = addresses.Select(a => Uri.TryCreate(a, UriKind.Absolute, out var uri) ? uri : null).OfType<Uri>().ToList();
        // The in-memory test server binds nothing and answers as http://localhost.
        if (bound.Count == 0) return new Uri("http://localhost");
        return bound.FirstOrDefault(uri => !Wildcards.Contains(uri.Host)) ?? new UriBuilder(bound[0]) { Host = "localhost" }.Uri;
    }

    private Uri Listening()
    {
        if (_listening is { } known) return known;
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var found = FromListening(addresses);
        // Kept once the server has bound its port (a request cannot arrive before); asked again until then.
        if (addresses.Count > 0) _listening = found;
        return found;
    }

    // The Host header carries an international name in its ASCII (Punycode) form; the setting may spell it either way.
    private static bool Names(Uri uri, string host) =>
        string.Equals(host, uri.Host, StringComparison.OrdinalIgnoreCase) || string.Equals(host, uri.IdnHost, StringComparison.OrdinalIgnoreCase);

    private static string Origin(Uri uri) => uri.GetLeftPart(UriPartial.Authority);
}

/// <summary>A web setting the app cannot run with: the app stops at start-up with this one sentence.</summary>
public sealed class WebSettingInvalid(string message) : Exception(message);
