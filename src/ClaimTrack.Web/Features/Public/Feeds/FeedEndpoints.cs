using System.Linq.Expressions;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.ReadModels;
using Marten;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

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
                FeedAsync(format, (_, _, _) => Task.FromResult<string?>("All verdicts"), $"/feeds/verdicts.{format}", _ => true, http, s, o), ReaderQuery.None);
            feeds.MapReaderGet($"/topics/{{slug}}.{format}", (string slug, HttpContext http, IQuerySession s, IOptions<PublicSiteOptions> o) =>
                FeedAsync(format, (first, session, ct) => TopicTitleAsync(slug, first, session, ct), $"/feeds/topics/{slug}.{format}",
                    TopicFilter.Holds<VerdictUpdate>(slug), http, s, o), ReaderQuery.None);
            feeds.MapReaderGet($"/claimants/{{slug}}.{format}", (string slug, HttpContext http, IQuerySession s, IOptions<PublicSiteOptions> o) =>
                FeedAsync(format, (first, _, _) => Task.FromResult<string?>(first is null ? null : $"Claimant: {first.ClaimantName}"),
                    $"/feeds/claimants/{slug}.{format}", u => u.ClaimantSlug == slug, http, s, o), ReaderQuery.None);
            feeds.MapReaderGet($"/claims/{{id:guid}}.{format}", (Guid id, HttpContext http, IQuerySession s, IOptions<PublicSiteOptions> o) =>
                FeedAsync(format, (first, _, _) => Task.FromResult<string?>(first is null ? null : $"Updates to “{first.Statement}”"),
                    $"/feeds/claims/{id}.{format}", u => u.ClaimId == id, http, s, o), ReaderQuery.None);
        }
    }

    /// <summary>A topic's feed is titled with the topic's name as published, which the updates (slugs only) do not carry.</summary>
    private static async Task<string?> TopicTitleAsync(string slug, VerdictUpdate? first, IQuerySession session, CancellationToken ct)
    {
        if (first is null) return null;
        // The newest update's claim is filed under the topic in its published content: the name is there.
        var claim = await session.LoadAsync<ReaderClaim>(first.ClaimId, ct);
        return $"Topic: {claim?.Content.Topics.FirstOrDefault(t => Slugs.From(t) == slug) ?? slug}";
    }

    private static async Task<IResult> FeedAsync(
        string format, Func<VerdictUpdate?, IQuerySession, CancellationToken, Task<string?>> titleOf, string path, Expression<Func<VerdictUpdate, bool>> filter,
        HttpContext http, IQuerySession session, IOptions<PublicSiteOptions> options)
    {
        var site = await PublicContext.LoadAsync(http, session, options);
        var updates = await session.Query<VerdictUpdate>().Where(filter).OrderByDescending(u => u.At).Take(Items).ToListAsync(http.RequestAborted);
        // The site-wide feed may be empty on a new install; a feed for an unknown claimant, topic or claim has no title: a 404.
        var named = await titleOf(updates.Count == 0 ? null : updates[0], session, http.RequestAborted);
        if (named is null) return Results.NotFound();
        var feed = FeedWriter.Write(format, $"{site.SiteName}: {named}", path, site, updates);

        var headers = http.Response.GetTypedHeaders();
        headers.ETag = EntityTagHeaderValue.Parse(feed.ETag);
        headers.LastModified = feed.LastModified;
        if (NotModified(http.Request, feed)) return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(feed.Body, feed.ContentType);
    }

    private static bool NotModified(HttpRequest request, FeedWriter.Feed feed)
    {
        var headers = request.GetTypedHeaders();
        if (headers.IfNoneMatch.Count > 0) return headers.IfNoneMatch.Any(tag => tag.Tag == feed.ETag || tag.Equals(EntityTagHeaderValue.Any));
        return headers.IfModifiedSince is { } since && feed.LastModified <= since.AddSeconds(1);
    }
}
