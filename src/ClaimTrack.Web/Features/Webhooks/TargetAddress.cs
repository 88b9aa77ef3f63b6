using System.Net;
using ClaimTrack.Web.Infrastructure.Web;

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
        || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && !PublicNetwork.IsPublic(ip));
}
