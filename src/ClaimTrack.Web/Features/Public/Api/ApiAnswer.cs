using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ClaimTrack.Web.Features.Public.Api;

/// <summary>
/// An API answer: the JSON bytes, an ETag that is a hash of them, and a 304 when the client already holds them.
/// A hash, not a version number, because an answer also shows the rating scale's labels and addresses: whatever
/// changes the bytes changes the tag. Weak (W/), so the tag stays true when a proxy or the app compresses the bytes.
/// The output cache stores the 200 with its tag and answers later If-None-Match itself, from memory.
/// </summary>
public static class ApiAnswer
{
    public static IResult Json<T>(HttpContext http, T value)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var body = JsonSerializer.SerializeToUtf8Bytes(value, options);
        var tag = TagOf(body);
        http.Response.Headers.ETag = tag.ToString();
        return AlreadyHeld(http.Request, tag)
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Bytes(body, "application/json; charset=utf-8");
    }

    public static EntityTagHeaderValue TagOf(ReadOnlySpan<byte> body) =>
        new($"\"{Convert.ToHexStringLower(SHA256.HashData(body)[..16])}\"", isWeak: true);

    /// <summary>If-None-Match names this tag (or is "*"), compared weakly as RFC 9110 says for GET.</summary>
    public static bool AlreadyHeld(HttpRequest request, EntityTagHeaderValue tag)
    {
        var header = request.Headers.IfNoneMatch;
        if (header.Count == 0 || !EntityTagHeaderValue.TryParseList(header, out var held)) return false;
        return held.Any(h => h.Equals(EntityTagHeaderValue.Any) || h.Compare(tag, useStrongComparison: false));
    }
}
