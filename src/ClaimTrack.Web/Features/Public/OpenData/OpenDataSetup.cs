using Marten;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Public.OpenData;

/// <summary>The newsroom's data for machines: the ClaimReview DataFeed and the bulk exports, under the newsroom's licence.</summary>
public static class OpenDataSetup
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static IServiceCollection AddOpenData(this IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton(OpenDataOptions.Read(configuration)).AddHostedService<RecordTimesFill>();

    public static void MapOpenData(this IEndpointRouteBuilder app)
    {
        var cached = app.MapGroup("").CacheOutput(PublicCache.Policy).AddEndpointFilter(ReaderHeaders.AddAsync);
        cached.MapReaderGet(ClaimReviewFeed.Path, FeedEndpoint.HandleAsync, FeedEndpoint.Reads);
        cached.MapReaderGet("/export", ExportIndexAsync, ReaderQuery.None);
        // The files themselves stream past the output cache: it would hold each whole file in memory to store it.
        var files = app.MapGroup("/export").AddEndpointFilter(ReaderHeaders.AddAsync);
        files.MapMethods("/claims.csv", GetAndHead, ExportEndpoints.CsvAsync);
        files.MapMethods("/claims.jsonl", GetAndHead, ExportEndpoints.JsonLinesAsync);
    }

    private static async Task<IResult> ExportIndexAsync(HttpContext http, IQuerySession session, IOptions<PublicSiteOptions> options, OpenDataOptions terms)
    {
        var site = await PublicContext.LoadAsync(http, session, options);
        var (changed, claims) = await ExportBatches.StateAsync(session, http.RequestAborted);
        http.Response.Headers.Link = terms.LicenceLink;
        return PublicResults.Page<ExportPage>(new { Site = site, Terms = terms, Claims = claims, Changed = changed });
    }
}
