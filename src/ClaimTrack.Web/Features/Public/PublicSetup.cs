using ClaimTrack.Web.Features.Public.Feeds;
using ClaimTrack.Web.Features.Public.Pages;

namespace ClaimTrack.Web.Features.Public;

public static class PublicSetup
{
    public static IServiceCollection AddPublicSite(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PublicSiteOptions>(configuration.GetSection(PublicSiteOptions.Section));
        services.AddRazorComponents();
        services.AddPublicCache();
        services.AddSearchLimits(configuration);
        return services;
    }

    /// <summary>
    /// The reader's site: every page is a plain server-rendered document, cached (the output cache middleware runs
    /// first in Program.cs), and sets no cookie.
    /// </summary>
    public static void MapPublicSite(this WebApplication app)
    {
        var site = app.MapGroup("").CacheOutput(PublicCache.Policy).AddEndpointFilter(ReaderHeaders.AddAsync);
        site.MapReaderGet("/", HomePage.HandleAsync);
        site.MapReaderGet("/claims/{id:guid}/{slug?}", ClaimPage.HandleAsync);
        site.MapReaderGet("/claimants/{slug}", FacetEndpoints.ClaimantAsync);
        site.MapReaderGet("/topics/{slug}", FacetEndpoints.TopicAsync);
        site.MapReaderGet("/search", SearchEndpoint.HandleAsync).RequireRateLimiting(SearchLimits.Policy);
        site.MapReaderGet("/corrections", ListingEndpoints.CorrectionsAsync);
        site.MapReaderGet("/methodology", ListingEndpoints.MethodologyAsync);
        site.MapReaderGet("/sitemap.xml", MachineEndpoints.SitemapAsync);
        site.MapReaderGet("/robots.txt", MachineEndpoints.Robots);
        app.MapFeeds();
    }
}
