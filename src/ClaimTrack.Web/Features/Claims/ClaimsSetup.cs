using JasperFx.Events.Projections;
using Marten;

namespace ClaimTrack.Web.Features.Claims;

public static class ClaimsSetup
{
    /// <summary>The claim stream, its projections and the services that write to it.</summary>
    public static IServiceCollection AddClaims(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<NewsroomOptions>(configuration.GetSection(NewsroomOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ClaimWriter>();
        services.ConfigureMarten(opts =>
        {
            // Inline: the desk and the public page must show a change as soon as the save returns.
            opts.Projections.Snapshot<Claim>(SnapshotLifecycle.Inline);
            opts.Projections.Add<VerdictTimelineProjection>(ProjectionLifecycle.Inline);
            opts.Projections.Add<PublishedClaimProjection>(ProjectionLifecycle.Inline);
            opts.Projections.Add<ClaimantSummaryProjection>(ProjectionLifecycle.Async);
            opts.Projections.Add<TopicSummaryProjection>(ProjectionLifecycle.Async);

            opts.Schema.For<Claim>().Index(c => c.Status).Index(c => c.UpdatedAt);
            opts.Schema.For<PublishedClaim>()
                .Index(c => c.LastModifiedAt).Index(c => c.ClaimantSlug).Index(c => c.Rating)
                .GinIndexJsonData()
                // The whole public document is searchable: statement, claimant, verdict, evidence titles.
                .FullTextIndex();
        });
        return services;
    }
}
