using System.Security.Cryptography;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace ClaimTrack.Web.Features.Public.Delivery;

/// <summary>
/// Gives every successful reader answer a strong ETag: a hash of the very bytes sent, after compression, so br, gzip
/// and identity copies of a page each have their own (RFC 9110 8.8.3: a strong validator names one representation),
/// every node computes the same one for the same page, and a page whose content changed gets a new one. The output
/// cache stores the tag with the page and answers If-None-Match from it without rendering. Here, on a miss, a
/// matching If-None-Match gets a 304 only when the answer would not be stored anyway; a storable page is sent whole,
/// so that it fills the cache and the next revalidation costs a lookup, not a render.
/// </summary>
internal sealed class ReaderValidators(RequestDelegate next)
{
    /// <summary>Larger answers stream through without an ETag (see <see cref="HeldBody"/>). A full sitemap is about 6 MB
    /// uncompressed; the output cache itself holds up to 64 MB a page.</summary>
    public const int HoldLimit = 16 * 1024 * 1024;

    public async Task InvokeAsync(HttpContext http)
    {
        var response = http.Response;
        // Every reader answer may come compressed, so every one says so, the uncompressed ones too: a shared cache that
        // stored an identity copy without it would hand it to everyone (the compression middleware adds it only when it compresses).
        response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
        var original = response.Body;
        await using var held = new HeldBody(original, HoldLimit);
        response.Body = held;
        try
        {
            await next(http);
        }
        finally
        {
            response.Body = original;
        }
        if (held.StreamedThrough) return;

        var body = held.Held;
        if (response.StatusCode == StatusCodes.Status200OK)
        {
            var tag = TagOf(body.Span);
            response.Headers.ETag = tag;
            if (!Stored(http) && Matches(http.Request, tag))
            {
                NotModified(response);
                return;
            }
        }
        if (body.Length > 0) response.ContentLength = body.Length;
        await original.WriteAsync(body, http.RequestAborted);
    }

    /// <summary>Quoted hex of the first 10 bytes of a SHA-256: 80 bits, plenty to tell one version of a page from another.</summary>
    public static string TagOf(ReadOnlySpan<byte> body) => $"\"{Convert.ToHexString(SHA256.HashData(body).AsSpan(0, 10))}\"";

    private static bool Stored(HttpContext http) => http.Features.Get<IOutputCacheFeature>()?.Context.AllowCacheStorage == true;

    private static bool Matches(HttpRequest request, string tag)
    {
        var tags = request.GetTypedHeaders().IfNoneMatch;
        var ours = new EntityTagHeaderValue(tag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(ours, useStrongComparison: false));
    }

    private static void NotModified(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status304NotModified;
        response.ContentLength = null;
        response.Headers.ContentType = default;
        response.Headers.ContentEncoding = default;
    }
}
