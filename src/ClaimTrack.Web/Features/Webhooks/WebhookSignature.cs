using System.Security.Cryptography;
using System.Text;

namespace ClaimTrack.Web.Features.Webhooks;

/// <summary>
/// The receiver's proof that a body came from this newsroom and was not altered: an HMAC-SHA256 of the exact bytes sent,
/// keyed with the subscription's secret (its UTF-8 bytes), as the header <see cref="Header"/> carries it.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "X-ClaimTrack-Signature";
    public const string Prefix = "sha256=";

    public static string Of(byte[] body, string secret) =>
        Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>What a receiver does: recompute and compare in constant time (an early-exit compare leaks the answer).</summary>
    public static bool Verifies(byte[] body, string secret, string? header) =>
        header is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Of(body, secret)), Encoding.ASCII.GetBytes(header));

    /// <summary>A new secret: 32 random bytes, written so it can be pasted into a receiver's settings.</summary>
    public static string NewSecret() => "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
