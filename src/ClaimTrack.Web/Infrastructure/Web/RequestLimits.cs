using System.Globalization;
using System.Text.Encodings.Web;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace ClaimTrack.Web.Infrastructure.Web;

/// <summary>
/// The plumbing under every rate limit (ASP.NET Core's rate limiter): a refused request gets a 429 with Retry-After and
/// a page saying when to try again. Features own their limits and settings (under ClaimTrack:RateLimits); the counts
/// live in this process's memory, so with N nodes a client gets N times the limit.
/// </summary>
public static class RequestLimits
{
    public const string Section = "ClaimTrack:RateLimits";

    public static IServiceCollection AddRequestLimits(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (rejected, cancellation) => TooManyAsync(rejected.HttpContext, rejected.Lease, cancellation);
        });

    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) => app.UseRateLimiter();

    /// <summary>
    /// Who is asking, for limits per client. The connection's address: once forwarded headers from known proxies are
    /// honoured (UseForwardedHeaders before the limiter), it is the client's address behind the proxy.
    /// </summary>
    public static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>At most <paramref name="permits"/> requests per window for one key; a limit of 0 or less means none.</summary>
    public static RateLimitPartition<string> PerWindow(string key, int permits, int windowSeconds) =>
        permits <= 0 ? RateLimitPartition.GetNoLimiter(key) : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromSeconds(Math.Max(1, windowSeconds)),
            // Refused at once, never queued: a queued request would hold its connection for the rest of the window.
            QueueLimit = 0,
        });

    /// <summary>Adds a limit every request passes, after any added before it (the app has one global limiter).</summary>
    public static void AddGlobalLimiter(this RateLimiterOptions options, PartitionedRateLimiter<HttpContext> limiter) =>
        options.GlobalLimiter = options.GlobalLimiter is { } earlier ? PartitionedRateLimiter.CreateChained(earlier, limiter) : limiter;

    /// <summary>Whole seconds to wait, as the limiter that refused says (a fixed window reports its whole length).</summary>
    public static int RetryAfterSeconds(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 60;

    private static async ValueTask TooManyAsync(HttpContext http, RateLimitLease lease, CancellationToken cancellation)
    {
        var seconds = RetryAfterSeconds(lease);
        var response = http.Response;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        // Never stored by a browser or a proxy: the next attempt must reach the server to be let through.
        response.Headers.CacheControl = "no-store";
        if (http.GetEndpoint()?.Metadata.GetMetadata<RefusedAsProblem>() is not null)
        {
            // An API's client reads JSON: the same refusal as a problem document.
            response.Headers.XContentTypeOptions = "nosniff";
            await Results.Problem(title: "Too many requests", statusCode: StatusCodes.Status429TooManyRequests,
                detail: $"There were too many requests from this address in a short time. Please wait {seconds} seconds, then try again.",
                extensions: new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds }).ExecuteAsync(http);
            return;
        }
        response.Headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
        response.Headers.XContentTypeOptions = "nosniff";
        response.ContentType = "text/html; charset=utf-8";
        var back = HtmlEncoder.Default.Encode(http.Request.PathBase + http.Request.Path);
        await response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Too many requests</title></head>
            <body>
            <h1>Too many requests</h1>
            <p>There were too many requests in a short time. Please wait {seconds} seconds, then try again.</p>
            <p><a href="{back}">Try again</a></p>
            </body>
            </html>
            """, cancellation);
    }
}

/// <summary>Endpoint metadata: a refusal by a rate limit is answered as problem+json, not as an HTML page (APIs).</summary>
public sealed class RefusedAsProblem;
