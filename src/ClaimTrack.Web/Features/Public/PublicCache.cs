using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Infrastructure.Observability;
using Marten;
using Marten.Services;
using Microsoft.AspNetCore.OutputCaching;

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

    public static string ClaimTag(Guid id) => $"claim-{id:N}";

    public static IServiceCollection AddPublicCache(this IServiceCollection services)
    {
        services.AddOutputCache(options =>
            options.AddPolicy(Policy, builder => builder.Expire(TimeSpan.FromHours(1)).AddPolicy<PublicCacheTags>().AddPolicy<CountCacheLookups>()));
        services.AddSingleton<IConfigureMarten, EvictOnPublicChange>();
        services.AddMemoryCache();
        services.AddSingleton<ReaderScale>();
        services.AddSingleton<IConfigureMarten>(sp => sp.GetRequiredService<ReaderScale>());
        return services;
    }
}

internal sealed class PublicCacheTags : IOutputCachePolicy
{
    // Every query key a reader page reads (paging, search and its filters).
    private static readonly HashSet<string> PageQueryKeys = new(StringComparer.OrdinalIgnoreCase) { "page", "q", "rating", "claimant", "topic", "from", "to" };

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // A query key no page reads (a tracking tag, a cache-buster) still gets the page, rendered, but it is never
        // stored: otherwise anyone could fill the cache with junk addresses and push the real pages out.
        if (context.HttpContext.Request.Query.Keys.Any(key => !PageQueryKeys.Contains(key))) context.AllowCacheStorage = false;
        var id = context.HttpContext.Request.RouteValues["id"];
        context.Tags.Add(PublicCache.EverythingTag);
        context.Tags.Add(id is not null && Guid.TryParse(id.ToString(), out var claimId) ? PublicCache.ClaimTag(claimId) : PublicCache.ListingsTag);
        // Browsers and proxies revalidate every time (cheap: the server answers from memory), so a reader never
        // keeps an old verdict after it was revised. Set before the endpoint runs, so the cached copy carries it too.
        context.HttpContext.Response.Headers.CacheControl = "public, max-age=0, must-revalidate";
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}

/// <summary>After every commit that changes what readers see, evicts the pages that show it.</summary>
internal sealed class EvictOnPublicChange(IOutputCacheStore cache, NewsroomMetrics metrics) : DocumentSessionListenerBase, IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options) => options.Listeners.Add(this);

    public override async Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        if (ReaderScale.Changed(commit)) await cache.EvictByTagAsync(PublicCache.EverythingTag, token);
        var changes = commit.GetEvents().Where(e => e.Data is ClaimPublished or CorrectionIssued or ClaimRetracted).ToList();
        if (changes.Count == 0) return;
        foreach (var id in changes.Select(e => e.StreamId).Distinct()) await cache.EvictByTagAsync(PublicCache.ClaimTag(id), token);
        await cache.EvictByTagAsync(PublicCache.ListingsTag, token);
        ReaderPageDelay.Record(metrics, changes);
    }
}
