using System.Linq.Expressions;
using ClaimTrack.Web.Features.Claims.ReadModels;
using Marten;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Public.Feeds;

public static class FeedEndpoints
{
    private const int Items = 50;

    public static void MapFeeds(this IEndpointRouteBuilder app)
    {
        var feeds = app.MapGroup("/feeds").CacheOutput(PublicCache.Policy).AddEndpointFilter(ReaderHeaders.AddAsync);
        foreach (var format in new[] { "rss", "atom" })
        {
            feeds.MapReaderGet($"/verdicts.{format}", (HttpContext http, IQuerySession s, IOptions<PublicSiteOptions> o) =>
                FeedAsync(format, "All verdicts", $"/feeds/verdicts.{format}", _ => true, http, s, o), ReaderQuery.None);
            feeds.MapReaderGet($"/topics/{{slug}}.{format}", (string slug, HttpContext http, IQuerySession s, IOptions<PublicSiteOptions> o) =>
                FeedAsync(format, $"Topic: {slug}", $"/feeds/topics/{slug}.{format}", TopicFilter.Holds<VerdictUpdate>(slug), http, s, o), ReaderQuery.None);
            feeds.MapReaderGet($"/claimants/{{slug}}.{format}", (string slug, HttpContext http, IQuerySession s, IOptions<PublicSiteOptions> o) =>
                FeedAsync(format, $"Claimant: {slug}", $"/feeds/claimants/{slug}.{format}", u => u.ClaimantSlug == slug, http, s, o), ReaderQuery.None);
            feeds.MapReaderGet($"/claims/{{id:guid}}.{format}", (Guid id, HttpContext http, IQuerySession s, IOptions<PublicSiteOptions> o) =>
                FeedAsync(format, "Updates to one fact check", $"/feeds/claims/{id}.{format}", u => u.ClaimId == id, http, s, o), ReaderQuery.None);
        }
    }

    private static async Task<IResult> FeedAsync(
        string format, string title, string path, Expression<Func<VerdictUpdate, bool>> filter,
        HttpContext http, IQuerySession session, IOptions<PublicSiteOptions> options)
    {
        var site = await PublicContext.LoadAsync(http, session, options);
        var updates = await session.Query<VerdictUpdate>().Where(filter).OrderByDescending(u => u.At).Take(Items).ToListAsync(http.RequestAborted);
        // The site-wide feed may be empty on a new install; a feed for an unknown claimant, topic or claim is a 404.
        if (updates.Count == 0 && !path.StartsWith("/feeds/verdicts", StringComparison.Ordinal)) return Results.NotFound();
        var named = updates.Count == 0 ? title : NameOf(title, updates[0]);
        var feed = FeedWriter.Write(format, $"{site.SiteName}: {named}", path, site, updates);

        // Its ETag, and the 304s, come from Delivery/ReaderValidators and the output cache, as for every reader answer.
        http.Response.GetTypedHeaders().LastModified = feed.LastModified;
        return Results.Bytes(feed.Body, feed.ContentType);
    }

    private static string NameOf(string title, VerdictUpdate first) => title switch
    {
        _ when title.StartsWith("Claimant:", StringComparison.Ordinal) => $"Claimant: {first.ClaimantName}",
        "Updates to one fact check" => $"Updates to “{first.Statement}”",
        _ => title,
    };
}
