using ClaimTrack.Web.Features.Public.Api;
using ClaimTrack.Web.Features.Public.Delivery;
using ClaimTrack.Web.Features.Public.Feeds;
using ClaimTrack.Web.Features.Public.OpenData;
using ClaimTrack.Web.Features.Public.Pages;

namespace ClaimTrack.Web.Features.Public;

public static class PublicSetup
{
    public static IServiceCollection AddPublicSite(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PublicSiteOptions>(configuration.GetSection(PublicSiteOptions.Section));
        services.AddRazorComponents();
        services.AddPublicCache();
        services.AddReaderDelivery();
        services.AddSearchLimits(configuration);
        services.AddOpenData(configuration);
        services.AddReadApi(configuration);
        return services;
    }

    /// <summary>
    /// The reader's site: every page is a plain server-rendered document, cached (the output cache middleware runs
    /// first in Program.cs), and sets no cookie.
    /// </summary>
    public static void MapPublicSite(this WebApplication app)
    {
        var site = app.MapGroup("").CacheOutput(PublicCache.Policy).AddEndpointFilter(ReaderHeaders.AddAsync);
        site.MapReaderGet("/", HomePage.HandleAsync, ReaderQuery.None);
        site.MapReaderGet("/claims/{id:guid}/{slug?}", ClaimPage.HandleAsync, ReaderQuery.None);
        site.MapReaderGet("/claimants/{slug}", FacetEndpoints.ClaimantAsync, ReaderQuery.Paged);
        site.MapReaderGet("/topics/{slug}", FacetEndpoints.TopicAsync, ReaderQuery.Paged);
        site.MapReaderGet("/search", SearchEndpoint.HandleAsync, SearchEndpoint.Reads).RequireRateLimiting(SearchLimits.Policy);
        site.MapReaderGet("/corrections", ListingEndpoints.CorrectionsAsync, ReaderQuery.Paged);
        site.MapReaderGet("/methodology", ListingEndpoints.MethodologyAsync, ReaderQuery.None);
        site.MapReaderGet("/sitemap.xml", MachineEndpoints.SitemapAsync, ReaderQuery.None);
        site.MapReaderGet("/robots.txt", MachineEndpoints.Robots, ReaderQuery.None);
        site.MapReaderGet("/api", ApiReference.PageAsync, ReaderQuery.None);
        app.MapFeeds();
        app.MapOpenData();
        app.MapReadApi();
    }
}
