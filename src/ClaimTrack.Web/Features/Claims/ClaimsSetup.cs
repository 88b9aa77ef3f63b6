using ClaimTrack.Web.Features.Claims.Archive;
using ClaimTrack.Web.Features.Claims.OtherFactChecks;
using ClaimTrack.Web.Features.Claims.Ratings;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Claims.Timeline;
using ClaimTrack.Web.Features.Claims.Writing;
using ClaimTrack.Web.Infrastructure.Search;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.Options;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace ClaimTrack.Web.Features.Claims;

public static class ClaimsSetup
{
    /// <summary>
    /// The claim stream, every read model projected from it, and the services that write to it. The whole schema is
    /// defined here, with no web services, so any host of the store (the app, the benchmark loader) builds the same one.
    /// </summary>
    public static IServiceCollection AddClaims(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<NewsroomOptions>(configuration.GetSection(NewsroomOptions.Section));
        // The binder adds a configured list to the default one ("en", "es", then "es", "en"): the configured list replaces it.
        services.PostConfigure<NewsroomOptions>(o =>
        {
            if (configuration.GetSection($"{NewsroomOptions.Section}:{nameof(NewsroomOptions.Languages)}").Get<string[]>() is { } configured)
                o.Languages = configured;
        });
        services.AddSingleton<IValidateOptions<NewsroomOptions>, NewsroomLanguages.AtStart>();
        services.AddOptions<NewsroomOptions>().ValidateOnStart();
        // Read now, not on first use: a misspelt zone stops the app at start-up instead of on an editor's page.
        services.AddSingleton(NewsroomTime.From(configuration[$"{NewsroomOptions.Section}:{nameof(NewsroomOptions.TimeZone)}"]));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ClaimWriter>();
        services.AddSingleton<RatingScales>();
        services.ConfigureMarten(opts =>
        {
            // Inline: the desk and the public page must show a change as soon as the save returns.
            opts.Projections.Snapshot<Claim>(SnapshotLifecycle.Inline);
            opts.Projections.Add<VerdictTimelineProjection>(ProjectionLifecycle.Inline);
            opts.Projections.Add<ReaderClaimProjection>(ProjectionLifecycle.Inline);
            opts.Projections.Add<VerdictUpdateProjection>(ProjectionLifecycle.Inline);
            opts.Projections.Add<ClaimantSummaryProjection>(ProjectionLifecycle.Async);
            opts.Projections.Add<TopicSummaryProjection>(ProjectionLifecycle.Async);

            // Columns of their own, not expressions over the JSON: the desk's status chips count them from the index alone,
            // and its grid filters by status and walks the update order without reading any claim's document.
            opts.Schema.For<Claim>()
                .Duplicate(c => c.Status).Duplicate(c => c.UpdatedAt)
                // The grid's usual question: one status, newest first.
                .Index([c => c.Status, c => c.UpdatedAt])
                // The name's own column, which the grid sorts by (below). Its trigram index served the claimant filter before
                // ClaimantKey did; Marten indexes every duplicated field, and a btree would repeat the sort index's first column.
                .Duplicate(c => c.Claimant.Name, configure: index => { index.Method = IndexMethod.gin; index.Mask = "? gin_trgm_ops"; })
                // The grid's claimant filter: the name folded (no accents, lower case), any part of it, through trigrams.
                .Duplicate(c => c.ClaimantKey, configure: index => { index.Method = IndexMethod.gin; index.Mask = "? gin_trgm_ops"; })
                // The grid sorts by every column, newest first among equals; each sort walks an index, never sorts 100,000 rows.
                .Index([c => c.Claimant.Name, c => c.UpdatedAt])
                // Also serves the rating filter, which used to read every candidate's document.
                .Duplicate(c => c.Current!.Verdict.Rating, configure: index => index.Columns = [ClaimSortColumns.Rating, ClaimSortColumns.Updated])
                // A statement can be 2,000 characters, more than a btree entry may hold: the index (and the sort) use its start.
                .Duplicate(c => c.StatementStart)
                // The releaser's question, every few seconds on some node: what is due now, and what comes next.
                .Duplicate(c => c.ReleaseAt)
                // The desk's "mine", "waiting for me" and "overdue" filters and its home page ask by person and deadline.
                .Duplicate(c => c.Owner!.UserId).Duplicate(c => c.Reviewer!.UserId).Duplicate(c => c.DueBy);
            opts.Storage.ExtendedSchemaObjects.Add(new Extension("pg_trgm"));
            opts.AddSearchTerms<Claim>(ClaimSearch.AllClaims);
            // Two Admins editing the scale at once: the second save is refused, not silently merged away.
            opts.Schema.For<RatingScale>().UseOptimisticConcurrency(true);
            // The desk's action keys: known at start-up, so the first save after a deploy creates no table mid-action.
            opts.RegisterDocumentType<SavedAction>();
            // Other fact-checkers' reviews, imported on the desk and linked from our claims' pages.
            opts.AddOtherFactChecks();
            // Kept copies of evidence sources and the link check's marks (Features/Archive does the fetching).
            opts.AddEvidenceArchive();

            // Every public list skips retracted claims: as a column, that check no longer unpacks each candidate's whole document.
            opts.Schema.For<ReaderClaim>()
                .DocumentAlias(ReaderClaim.Alias)
                .Index(c => c.LastModifiedAt).Index(c => c.ClaimantSlug).Index(c => c.Rating)
                .Duplicate(c => c.Retracted)
                // The front page's pins: a handful of claims, found through this column's index, not a walk of them all.
                .Duplicate(c => c.PinnedOrder)
                .Index(c => c.TopicSlugs, index => { index.Method = IndexMethod.gin; index.Mask = TopicFilter.IndexMask; })
                // The API's language= and search's lang=: a language few claims are in is found, not searched for row by row.
                .Index(c => c.Content.Language)
                // The DataFeed walks claims in the order their public record changed, translations included.
                .Index(c => c.RecordChangedAt)
                // A feed that follows a language dates itself by the newest translation change too (a max(), one index entry).
                .Index(c => c.TranslationsChangedAt)
                // The feeds' lang= also lists claims translated into the language: asked of this list alone (TranslationFilter).
                .Index(c => c.TranslatedInto, index => { index.Method = IndexMethod.gin; index.Mask = TopicFilter.IndexMask; });
            opts.AddSearchTerms<ReaderClaim>(ClaimSearch.PublishedClaims);
            opts.Schema.For<VerdictUpdate>().Index(u => u.At).Index(u => u.ClaimId).Index(u => u.ClaimantSlug)
                .Index(u => u.TopicSlugs, index => { index.Method = IndexMethod.gin; index.Mask = TopicFilter.IndexMask; })
                // The feeds' lang=, likewise.
                .Index(u => u.Language);
        });
        return services;
    }
}
