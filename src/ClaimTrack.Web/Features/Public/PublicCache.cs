using ClaimTrack.Web.Features.Public.Delivery;
using ClaimTrack.Web.Infrastructure.Observability;
using Marten;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace ClaimTrack.Web.Features.Public;

/// <summary>
/// Reader pages and feeds are served from the output cache and evicted when what they show changes: a claim's own
/// page and feed by the claim's tag, every listing (home, search, corrections, claimants, topics, feeds, sitemap) together.
/// </summary>
public static class PublicCache
{
    public const string Policy = "public";
    public const string ListingsTag = "listings";
    /// <summary>On every reader page and feed: a new rating scale changes how each of them shows its verdicts.</summary>
    public const string EverythingTag = "reader";

    /// <summary>
    /// On the pages that list claimants and topics (their index pages, the feeds page, the sitemap): they read the
    /// claimant and topic summaries, which the projection daemon updates a moment after a publication, so they are
    /// evicted again when it has (<see cref="EvictOnSummaryChange"/>).
    /// </summary>
    public const string DirectoryTag = "directory";

    public static string ClaimTag(Guid id) => $"claim-{id:N}";

    public static IServiceCollection AddPublicCache(this IServiceCollection services)
    {
        services.AddOutputCache(options =>
            options.AddPolicy(Policy, builder => builder.Expire(TimeSpan.FromHours(1)).AddPolicy<PublicCacheTags>().AddPolicy<CachedPerEncoding>().AddPolicy<CountCacheLookups>()));
        services.AddReaderCacheEviction();
        services.AddMemoryCache();
        services.AddSingleton<ReaderScale>();
        services.AddSingleton<IConfigureMarten>(sp => sp.GetRequiredService<ReaderScale>());
        return services;
    }
}

/// <summary>Endpoint metadata: the page reads the claimant and topic summaries (see <see cref="PublicCache.DirectoryTag"/>).</summary>
public sealed class ReadsSummaries
{
    public static readonly ReadsSummaries Instance = new();
}

internal sealed class PublicCacheTags : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        // Keyed on the query as the page reads it (ReaderQuery), not as it was typed: spellings of one page share one
        // copy, and keys no page reads (tracking tags, cache-busters) cannot fill the cache. A query the page refuses
        // gets its 400 rendered every time. Not on the Host either: no page shows it (PublicAddress builds every
        // absolute link), and a Host naming another site never gets this far.
        context.CacheVaryByRules.QueryKeys = StringValues.Empty;
        context.CacheVaryByRules.VaryByHost = false;
        var reads = http.GetEndpoint()?.Metadata.GetMetadata<ReaderQuery>() ?? ReaderQuery.None;
        if (reads.Canonical(http.Request.Query) is { } query) context.CacheVaryByRules.VaryByValues["query"] = query;
        else context.AllowCacheLookup = context.AllowCacheStorage = false;
        // One copy per language: /es/claims/... and /claims/... are the same route, and must never share a page. The tags
        // below are the same for both, so one eviction drops every language's copy.
        context.CacheVaryByRules.VaryByValues["lang"] = Languages.ReaderAddress.PrefixLanguageOf(http) ?? "";

        var id = http.Request.RouteValues["id"];
        context.Tags.Add(PublicCache.EverythingTag);
        context.Tags.Add(id is not null && Guid.TryParse(id.ToString(), out var claimId) ? PublicCache.ClaimTag(claimId) : PublicCache.ListingsTag);
        if (http.GetEndpoint()?.Metadata.GetMetadata<ReadsSummaries>() is not null) context.Tags.Add(PublicCache.DirectoryTag);
        // Browsers and proxies revalidate every time (cheap: the server answers from memory), so a reader never
        // keeps an old verdict after it was revised. Set before the endpoint runs, so the cached copy carries it too.
        http.Response.Headers.CacheControl = "public, max-age=0, must-revalidate";
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
