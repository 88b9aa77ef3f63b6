using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Feeds;
using ClaimTrack.Web.Features.Public.Pages;
using ClaimTrack.Web.Infrastructure.Search;
using JasperFx.Events.Projections;
using Marten;
using Weasel.Postgresql.Tables;

namespace ClaimTrack.Web.Features.Public;

public static class PublicSetup
{
    public static IServiceCollection AddPublicSite(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PublicSiteOptions>(configuration.GetSection(PublicSiteOptions.Section));
        services.AddRazorComponents();
        services.AddPublicCache();
        services.ConfigureMarten(opts =>
        {
            opts.Projections.Add<VerdictUpdateProjection>(ProjectionLifecycle.Inline);
            opts.Schema.For<VerdictUpdate>().Index(u => u.At).Index(u => u.ClaimId).Index(u => u.ClaimantSlug)
                .Index(u => u.TopicSlugs, index => { index.Method = IndexMethod.gin; index.Mask = TopicFilter.IndexMask; });
            opts.AddSearchTerms<PublishedClaim>(SearchTerms);
        });
        return services;
    }

    /// <summary>
    /// What readers search: the published claim's statement, context, claimant and verdict summary. Only published
    /// documents have a row, so a draft cannot match.
    /// </summary>
    public static readonly SearchTerms SearchTerms = new("published_claim_search_terms", "mt_doc_publishedclaim",
        ["Content.Statement", "Content.Context", "Content.Claimant.Name", "Content.Verdict.Summary"]);

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
        site.MapReaderGet("/search", SearchEndpoint.HandleAsync);
        site.MapReaderGet("/corrections", ListingEndpoints.CorrectionsAsync);
        site.MapReaderGet("/methodology", ListingEndpoints.MethodologyAsync);
        site.MapReaderGet("/sitemap.xml", MachineEndpoints.SitemapAsync);
        site.MapReaderGet("/robots.txt", MachineEndpoints.Robots);
        app.MapFeeds();
    }
}
