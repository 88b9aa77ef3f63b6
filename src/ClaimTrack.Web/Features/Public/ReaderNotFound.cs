using Marten;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Public;

/// <summary>
/// Every address nothing else answers (GET and HEAD) gets the reader's styled 404 page, except where another part owns
/// the answer: API clients get problem JSON, the desk, the account pages and the framework's files keep their own.
/// Nothing of the path is echoed or parsed, so an odd address is a 404 like any other. Not cached: any string is a path.
/// </summary>
public static class ReaderNotFound
{
    private static readonly string[] MachinePrefixes = ["/openapi", "/export"];
    private static readonly string[] OwnedSegments = ["/desk", "/account", "/_framework", "/_blazor", "/_content", "/health"];

    public static void MapReaderNotFound(this WebApplication app) =>
        app.MapFallback("{*path}", HandleAsync)
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]))
            .AddEndpointFilter(ReaderHeaders.AddAsync)
            .WithMetadata(Languages.InReaderLanguages.NotFound);

    public static async Task<IResult> HandleAsync(HttpContext http, IQuerySession session, IOptions<PublicSiteOptions> options)
    {
        var path = http.Request.Path;
        // Under a language prefix everything is a reader's address: the API and the desk live only unprefixed.
        if (!Languages.ReaderAddress.IsPrefixed(http))
        {
            if (path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                || MachinePrefixes.Any(p => path.Value!.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
                    detail: "Nothing is published at this address. The API's routes are listed in its OpenAPI document.");
            if (OwnedSegments.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))) return Results.NotFound();
        }
        var site = await PublicContext.LoadAsync(http, session, options);
        return PublicResults.Page<Pages.NotFoundPage>(new { Site = site, Message = site.Text["NotFound.NoPage"].Value, Here = http.Request.Path.Value },
            StatusCodes.Status404NotFound);
    }
}
