using System.Security.Cryptography;
using System.Text;
using Marten;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ClaimTrack.Web.Features.Public.OpenData;

/// <summary>GET /feeds/claimreview.jsonld[?since=…[&amp;after=…]]: one page of the ClaimReview DataFeed.</summary>
public static class FeedEndpoint
{
    /// <summary>The cache keys on the cursor as the feed reads it; a cursor it refuses is answered 400 and never stored.</summary>
    public static readonly ReaderQuery Reads = new(query =>
        FeedCursor.Read(query["since"], query["after"]) is ({ } cursor, null) ? cursor.Query : null);

    public static async Task<IResult> HandleAsync(
        string? since, string? after, HttpContext http, IQuerySession session, IOptions<PublicSiteOptions> options, OpenDataOptions terms)
    {
        var (cursor, problem) = FeedCursor.Read(since, after);
        if (cursor is null) return Results.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "This feed address cannot be read");

        var site = await PublicContext.LoadAsync(http, session, options);
        var page = await FeedPages.ReadAsync(session, cursor, terms.FeedPageSize, http.RequestAborted);
        var latest = await FeedPages.LatestChangeAsync(session, http.RequestAborted);
        var next = page.Next is { } more ? site.Absolute($"{ClaimReviewFeed.Path}?{more.Query}") : null;
        var body = Encoding.UTF8.GetBytes(ClaimReviewFeed.Build(page, site, terms, latest, next).ToJsonString());

        var links = next is null ? terms.LicenceLink : $"{terms.LicenceLink}, <{next}>; rel=\"next\"";
        http.Response.Headers.Link = links;
        var etag = $"\"{Convert.ToHexString(SHA256.HashData(body))[..20]}\"";
        http.Response.Headers.ETag = etag;
        if (latest is { } at) http.Response.GetTypedHeaders().LastModified = at;
        var asked = http.Request.GetTypedHeaders().IfNoneMatch;
        if (asked.Any(tag => tag.Tag == etag || tag.Equals(EntityTagHeaderValue.Any))) return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(body, ClaimReviewFeed.ContentType);
    }
}
