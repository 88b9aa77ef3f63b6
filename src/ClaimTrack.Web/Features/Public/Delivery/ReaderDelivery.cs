using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;

namespace ClaimTrack.Web.Features.Public.Delivery;

/// <summary>
/// How reader answers leave the app: compressed (Brotli or gzip, as the reader's Accept-Encoding asks) and with a strong
/// ETag, both decided once when a page is rendered. The middleware sits inside the output cache, so the cache stores
/// the compressed bytes and their ETag, one copy per encoding: a cached hit is copied out as stored, compressing
/// nothing and hashing nothing, and If-None-Match is answered with a 304 from the stored entry. Only answers cached
/// with <see cref="PublicCache.Policy"/> go through it; the desk, sign-in and Blazor traffic are never compressed
/// here (BREACH: those carry antiforgery tokens and cookies; see docs/security.md "Compression").
/// </summary>
public static class ReaderDelivery
{
    // Every type a reader answer is sent as. Not text/csv or JSON Lines: a bulk export streams past the cache (and past
    // HeldBody's limit), so compressing it would be paid on every download, not once; that is the export's own choice.
    private static readonly string[] ReaderTypes =
        ["application/rss+xml", "application/atom+xml", "application/ld+json", "application/problem+json", "text/plain", "image/svg+xml"];

    public static IServiceCollection AddReaderDelivery(this IServiceCollection services) =>
        services.AddResponseCompression(options =>
        {
            // Reader answers carry no secret (no cookie, no token, the same bytes for everyone), so HTTPS changes nothing.
            options.EnableForHttps = true;
            options.Providers.Add<ReaderBrotli>();
            options.Providers.Add<ReaderGzip>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, .. ReaderTypes];
        });

    /// <summary>After the output cache: what runs here runs on a miss only, and what it writes is what gets stored.</summary>
    public static IApplicationBuilder UseReaderDelivery(this IApplicationBuilder app) =>
        app.UseWhen(IsReaderAnswer, reader => reader.UseMiddleware<ReaderValidators>().UseResponseCompression());

    internal static bool IsReaderAnswer(HttpContext http) => http.Features.Get<ReaderAnswer>() is not null;

    /// <summary>Set by the public cache policy on every request it handles, so nothing else opts in by accident.</summary>
    internal sealed class ReaderAnswer
    {
        public static readonly ReaderAnswer Instance = new();
    }
}

/// <summary>
/// Part of <see cref="PublicCache.Policy"/>: keys the stored page on the encoding it will be sent in (br, gzip or
/// identity, as the compression middleware will choose it), not on the raw Accept-Encoding, whose spellings are many.
/// </summary>
internal sealed class CachedPerEncoding(IResponseCompressionProvider compression) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        http.Features.Set(ReaderDelivery.ReaderAnswer.Instance);
        context.CacheVaryByRules.VaryByValues["encoding"] = EncodingFor(http);
        return ValueTask.CompletedTask;
    }

    private string EncodingFor(HttpContext http) =>
        compression.CheckRequestAcceptsCompression(http) ? compression.GetCompressionProvider(http)?.EncodingName ?? "identity" : "identity";

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
