using ClaimTrack.Web.Features.Public;
using JasperFx.Events.Projections;
using Marten;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

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

            // Columns of their own, not expressions over the JSON: the desk's status chips count them from the index alone,
            // and its grid filters by status and walks the update order without reading any claim's document.
            opts.Schema.For<Claim>()
                .Duplicate(c => c.Status).Duplicate(c => c.UpdatedAt)
                // The grid's usual question: one status, newest first.
                .Index([c => c.Status, c => c.UpdatedAt])
                // The grid's claimant filter matches any part of the name (ILIKE '%...%'): only a trigram index serves that.
                .Duplicate(c => c.Claimant.Name, configure: index => { index.Method = IndexMethod.gin; index.Mask = "? gin_trgm_ops"; });
            opts.Storage.ExtendedSchemaObjects.Add(new Extension("pg_trgm"));
            // Full-text search reads its own table (PublicSetup), not an index over this document. Every public list skips
            // retracted claims: as a column, that check no longer unpacks each candidate's whole document.
            opts.Schema.For<PublishedClaim>()
                .Index(c => c.LastModifiedAt).Index(c => c.ClaimantSlug).Index(c => c.Rating)
                .Duplicate(c => c.Retracted)
                .Index(c => c.TopicSlugs, index => { index.Method = IndexMethod.gin; index.Mask = TopicFilter.IndexMask; });
        });
        return services;
    }
}
