using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimTrack.Web.Features.Claims.ReadModels;
using Marten;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Public.Embeds;

/// <summary>
/// /oembed?url=...&amp;format=json: what a partner's publishing system asks to turn a pasted claim address into the
/// card (oEmbed 1.0, type "rich"). Claim pages advertise it with the standard discovery link.
/// </summary>
public static class OEmbedEndpoint
{
    public const string Path = "/oembed";

    public static readonly ReaderQuery Reads = new(OEmbedRequest.Canonical);

    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static async Task<IResult> HandleAsync(HttpContext http, IQuerySession session, IOptions<PublicSiteOptions> options)
    {
        var site = await PublicContext.LoadAsync(http, session, options);
        // Consumers are servers and browsers alike; the answer is public.
        http.Response.Headers.AccessControlAllowOrigin = "*";
        var (request, status, problem) = OEmbedRequest.Read(http.Request.Query, site.BaseUrl);
        if (request is null) return Results.Text(problem, "text/plain; charset=utf-8", statusCode: status);
        // A claim's page in another language (/es/claims/...) embeds that language's card; a prefix no language has is no page.
        if (request.Language is { } language)
        {
            if (!http.RequestServices.GetRequiredService<Languages.ReaderLanguages>().IsPrefixed(language))
                return Results.Text("That address is not one of this site's fact checks.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
            site = site with { Language = language };
        }
        var claim = await session.LoadAsync<ReaderClaim>(request.ClaimId, http.RequestAborted);
        if (claim is null || claim.Retracted)
            return Results.Text("No published fact check has that address.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        return Results.Bytes(JsonSerializer.SerializeToUtf8Bytes(Answer(site, claim, request), Json), "application/json; charset=utf-8");
    }

    public static OEmbedAnswer Answer(PublicContext site, ReaderClaim claim, OEmbedRequest request) => new(
        Version: "1.0",
        Type: "rich",
        Title: claim.Content.Statement,
        AuthorName: site.SiteName,
        AuthorUrl: site.Absolute("/"),
        ProviderName: site.SiteName,
        ProviderUrl: site.Absolute("/"),
        CacheAge: 3600,
        Html: EmbedCard.Snippet(site, claim, request.Width, request.Height),
        Width: request.Width,
        Height: request.Height);

    /// <summary>The discovery link's address for a claim page.</summary>
    public static string DiscoveryPath(PublicContext site, ReaderClaim claim) =>
        $"{Path}?url={Uri.EscapeDataString(site.Absolute(PublicPaths.Claim(claim.Id, claim.Slug)))}&format=json";
}

/// <summary>The oEmbed answer, with the specification's field names.</summary>
public sealed record OEmbedAnswer(
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("author_name")] string AuthorName,
    [property: JsonPropertyName("author_url")] string AuthorUrl,
    [property: JsonPropertyName("provider_name")] string ProviderName,
    [property: JsonPropertyName("provider_url")] string ProviderUrl,
    [property: JsonPropertyName("cache_age")] int CacheAge,
    [property: JsonPropertyName("html")] string Html,
    [property: JsonPropertyName("width")] int Width,
    [property: JsonPropertyName("height")] int Height);
