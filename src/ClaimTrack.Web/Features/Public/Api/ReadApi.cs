using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimTrack.Web.Infrastructure.Web;

namespace ClaimTrack.Web.Features.Public.Api;

/// <summary>
/// The read API under /api/v1: published claims, one claim with its evidence and timeline, claimants, topics and the
/// rating scale, as JSON. Answers go through the reader site's output cache (evicted on every node when a publication
/// changes what they show), carry the reader pages' headers and no cookie, and may be read from any origin.
/// </summary>
public static class ReadApi
{
    /// <summary>The CORS policy of the API: GET and HEAD from any origin, no credentials. Only the API's endpoints and its
    /// OpenAPI document name it; the rest of the site answers no cross-origin request.</summary>
    public const string Cors = "read-api";

    public static IServiceCollection AddReadApi(this IServiceCollection services, IConfiguration configuration)
    {
        // camelCase names (the web default) and enums as camelCase words, for the answers and their OpenAPI schemas alike.
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
            // "&" and "+" as themselves, not \u0026 and \u002B, in the 'next' links and times people read and scripts grep.
            // Safe here: the answers are application/json with nosniff, never written into an HTML page.
            json.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        services.AddCors(cors => cors.AddPolicy(Cors, policy => policy
            .AllowAnyOrigin().WithMethods(HttpMethods.Get, HttpMethods.Head)
            // A client revalidating its copy sends If-None-Match, which is not a "simple" header: allow it in preflight.
            .WithHeaders("If-None-Match", "If-Modified-Since")
            // Scripts may read the tag to revalidate, and how long a refused client must wait.
            .WithExposedHeaders("ETag", "Retry-After")
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));
        services.AddApiDocument();
        services.AddApiLimits(configuration);
        return services;
    }

    /// <summary>Before the output cache, so a stored answer served to another origin still says it may be read there.</summary>
    public static IApplicationBuilder UseReadApiCors(this IApplicationBuilder app) => app.UseCors();

    public static void MapReadApi(this WebApplication app)
    {
        var api = app.MapGroup(ApiClaims.Base).CacheOutput(PublicCache.Policy).AddEndpointFilter(ReaderHeaders.AddAsync)
            .RequireCors(Cors).RequireRateLimiting(ApiLimits.Policy).WithMetadata(new RefusedAsProblem()).WithTags("Read API");
        api.MapReaderGet("", ApiIndexEndpoint.Handle, ReaderQuery.None)
            .WithSummary("Where everything is").WithDescription("Links to the lists, the OpenAPI document and the reference page.")
            .Produces<ApiIndex>();
        api.MapReaderGet("/claims", ClaimEndpoints.ListAsync, ClaimEndpoints.Reads)
            .WithSummary("Published claims, newest change first")
            .WithDescription("A page of published claims, filtered by last change, claimant, topic and rating. Follow 'next' for the following page; it is null on the last. Drafts and changes still under review never appear.")
            .Produces<ApiClaimPage>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapReaderGet("/claims/{id}", ClaimEndpoints.OneAsync, ReaderQuery.None)
            .WithSummary("One published claim").WithDescription("The claim with its verdict, evidence, appearances and whole public timeline, as its page shows them. 404 when no published claim has the id, 410 (with the reason) when it was retracted.")
            .Produces<ApiClaim>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status410Gone);
        api.MapReaderGet("/claimants", FacetListEndpoints.ClaimantsAsync, FacetListQuery.Reads)
            .WithSummary("Claimants with published fact checks").WithDescription("Ordered by slug, with their published claims counted by rating (retracted ones not counted).")
            .Produces<ApiClaimantPage>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapReaderGet("/topics", FacetListEndpoints.TopicsAsync, FacetListQuery.Reads)
            .WithSummary("Topics with published fact checks").WithDescription("Ordered by slug, with their published claims counted by rating (retracted ones not counted).")
            .Produces<ApiTopicPage>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapReaderGet("/ratings", FacetListEndpoints.RatingsAsync, ReaderQuery.None)
            .WithSummary("The rating scale").WithDescription("Every rating the newsroom uses or has used, with its ClaimReview value and definition.")
            .Produces<ApiScale>();
        // Anything else under /api answers in the API's own language, not with the reader's HTML 404.
        app.MapMethods("/api/{**rest}", [HttpMethods.Get, HttpMethods.Head],
            () => ApiProblem.NotFound("The read API has no such address. See /api for its endpoints.")).RequireCors(Cors).ExcludeFromDescription();
        app.MapApiDocument();
    }
}
