using ClaimTrack.Web.Features.Public.Api;
using ClaimTrack.Web.Features.Public.Cards;
using ClaimTrack.Web.Features.Public.Delivery;
using ClaimTrack.Web.Features.Public.Embeds;
using ClaimTrack.Web.Features.Public.Feeds;
using ClaimTrack.Web.Features.Public.Languages;
using ClaimTrack.Web.Features.Public.OpenData;
using ClaimTrack.Web.Features.Public.Pages;
using ClaimTrack.Web.Features.Public.SourceCopies;
using Marten;

namespace ClaimTrack.Web.Features.Public;

public static class PublicSetup
{
    public static IServiceCollection AddPublicSite(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PublicSiteOptions>(configuration.GetSection(PublicSiteOptions.Section));
        services.AddRazorComponents();
        services.AddPublicCache();
        services.AddReaderLanguages();
        services.AddReaderDelivery();
        services.AddSearchLimits(configuration);
        services.AddOpenData(configuration);
        services.AddReadApi(configuration);
        services.AddSingleton<CardFonts>();
        services.AddSingleton<IConfigureMarten, EvictOnArchivedCopy>();
        return services;
    }

    /// <summary>
    /// The reader's site: every page is a plain server-rendered document, cached (the output cache middleware runs
    /// first in Program.cs), and sets no cookie.
    /// </summary>
    public static void MapPublicSite(this WebApplication app)
    {
        var site = app.MapGroup("").CacheOutput(PublicCache.Policy).AddEndpointFilter(ReaderHeaders.AddAsync);
        site.MapReaderGet("/", HomePage.HandleAsync, ReaderQuery.Paged).WithMetadata(InReaderLanguages.Page);
        site.MapReaderGet("/claims/{id:guid}/{slug?}", ClaimPage.HandleAsync, ReaderQuery.None).WithMetadata(InReaderLanguages.Page);
        site.MapReaderGet("/cards/{id:guid}.png", CardEndpoint.HandleAsync, ReaderQuery.None);
        site.MapReaderGet("/embed/claims/{id:guid}", EmbedCard.HandleAsync, ReaderQuery.None).WithMetadata(Framable.Instance).WithMetadata(InReaderLanguages.Page);
        site.MapReaderGet(OEmbedEndpoint.Path, OEmbedEndpoint.HandleAsync, OEmbedEndpoint.Reads);
        site.MapReaderGet("/claimants", DirectoryEndpoints.ClaimantsAsync, ReaderQuery.Paged).WithMetadata(ReadsSummaries.Instance).WithMetadata(InReaderLanguages.Page);
        site.MapReaderGet("/claimants/{slug}", FacetEndpoints.ClaimantAsync, ReaderQuery.Paged).WithMetadata(InReaderLanguages.Page);
        site.MapReaderGet("/topics", DirectoryEndpoints.TopicsAsync, ReaderQuery.Paged).WithMetadata(ReadsSummaries.Instance).WithMetadata(InReaderLanguages.Page);
        site.MapReaderGet("/topics/{slug}", FacetEndpoints.TopicAsync, ReaderQuery.Paged).WithMetadata(InReaderLanguages.Page);
        site.MapReaderGet("/feeds", FeedsPage.HandleAsync, ReaderQuery.None).WithMetadata(ReadsSummaries.Instance).WithMetadata(InReaderLanguages.Page);
        site.MapReaderGet("/search", SearchEndpoint.HandleAsync, SearchEndpoint.Reads).RequireRateLimiting(SearchLimits.Policy).WithMetadata(InReaderLanguages.Page);
        site.MapReaderGet("/corrections", ListingEndpoints.CorrectionsAsync, ReaderQuery.Paged).WithMetadata(InReaderLanguages.Page);
        site.MapReaderGet("/methodology", ListingEndpoints.MethodologyAsync, ReaderQuery.None).WithMetadata(InReaderLanguages.Page);
        site.MapReaderGet("/sitemap.xml", Sitemaps.IndexAsync, ReaderQuery.None).WithMetadata(ReadsSummaries.Instance);
        site.MapReaderGet("/sitemaps/pages-{number:int}.xml", Sitemaps.PagesAsync, ReaderQuery.None).WithMetadata(ReadsSummaries.Instance);
        site.MapReaderGet("/sitemaps/claims-{number:int}.xml", Sitemaps.ClaimsAsync, ReaderQuery.None);
        site.MapReaderGet("/robots.txt", MachineEndpoints.Robots, ReaderQuery.None);
        site.MapReaderGet("/api", ApiReference.PageAsync, ReaderQuery.None);
        app.MapFeeds();
        app.MapOpenData();
        app.MapReadApi();
        // Not in the cached group: copies run to megabytes, and they carry headers of their own (a sandbox, not ours).
        app.MapReaderGet(ArchivedCopyEndpoint.Pattern, ArchivedCopyEndpoint.HandleAsync, ReaderQuery.None);
        // Last: every GET no route above (nor the desk's, the API's or the health checks') answers.
        app.MapReaderNotFound();
    }
}
