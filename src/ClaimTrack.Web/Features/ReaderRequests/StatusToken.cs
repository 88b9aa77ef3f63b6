using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace ClaimTrack.Web.Features.ReaderRequests;

/// <summary>
/// The secret in a reader's status address: 128 random bits, stored only as a SHA-256 hash. A fast hash is enough
/// here (unlike a password): the token is random, so there is no dictionary to try, and the lookup is one indexed query.
/// </summary>
public static class StatusToken
{
    public static string New() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16));

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Only the shape New makes (22 base64url characters): anything else is not looked up at all.</summary>
    public static bool LooksValid(string? token) =>
        token is { Length: 22 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static string Path(string token) => $"/requests/{token}";
}
