using ClaimTrack.Web.Features.Public;
using ClaimTrack.Web.Features.Public.Languages;
using ClaimTrack.Web.Features.ReaderRequests.Privacy;
using ClaimTrack.Web.Features.ReaderRequests.Reader;
using ClaimTrack.Web.Infrastructure.Web;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.ReaderRequests;

public static class ReaderRequestsSetup
{
    public const string FormLimitPolicy = "reader-forms";

    /// <summary>Reader tips and correction requests, their streams, and the desk's triage (docs/desk.md, docs/security.md).</summary>
    public static IServiceCollection AddReaderRequests(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<IntakeOptions>(configuration.GetSection(IntakeOptions.Section));
        services.Configure<ReaderFormLimitOptions>(configuration.GetSection(RequestLimits.Section));
        // Counted in this process, like every ClaimTrack:RateLimits limit: with N nodes an address gets N times it.
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<ReaderFormLimitOptions>>((limiter, settings) =>
            limiter.AddPolicy(FormLimitPolicy, http => HttpMethods.IsPost(http.Request.Method)
                ? RequestLimits.PerWindow(RequestLimits.ClientAddress(http), settings.Value.ReaderFormsPerAddress, settings.Value.ReaderFormsWindowSeconds)
                : System.Threading.RateLimiting.RateLimitPartition.GetNoLimiter("reading")));
        services.AddSingleton<FormStamp>();
        services.AddSingleton<IntakeWriter>();
        services.AddReaderEmailErasure(configuration);
        services.AddSingleton<Desk.IntakeActions>();
        services.AddSingleton<Desk.ISimilarClaimLookup, Desk.SimilarClaimsLookup>();
        services.AddSingleton<Features.Desk.IClaimLeads>(sp => sp.GetRequiredService<Desk.IntakeActions>());
        services.AddSingleton<Features.Desk.Home.IDeskHomeSection, Desk.TipsOnDeskHome>();
        services.ConfigureMarten(opts =>
        {
            // Inline: the reader is sent to the status page as soon as the save returns, and it must be there.
            opts.Projections.Snapshot<ReaderRequest>(SnapshotLifecycle.Inline);
            opts.Schema.For<ReaderRequest>()
                .Duplicate(r => r.TokenHash, configure: index => index.IsUnique = true)
                // The triage queue: open requests by stage, oldest first.
                .Duplicate(r => r.Stage).Duplicate(r => r.ReceivedAt);
        });
        return services;
    }

    public static void MapReaderIntake(this WebApplication app)
    {
        var reader = app.MapGroup("").AddEndpointFilter(ReaderHeaders.AddAsync).WithMetadata(InReaderLanguages.Page);
        // Posts read the form themselves (no antiforgery cookie on reader pages: the stamp stands in, see FormStamp).
        reader.MapGet(ReaderIntakePaths.Suggest, ReaderIntakeEndpoints.SuggestFormAsync);
        reader.MapPost(ReaderIntakePaths.Suggest, ReaderIntakeEndpoints.SuggestAsync).RequireRateLimiting(FormLimitPolicy).DisableAntiforgery();
        reader.MapGet("/corrections/request/{claimId:guid}", ReaderIntakeEndpoints.CorrectionFormAsync);
        reader.MapPost("/corrections/request/{claimId:guid}", ReaderIntakeEndpoints.RequestCorrectionAsync).RequireRateLimiting(FormLimitPolicy).DisableAntiforgery();
        reader.MapGet("/requests/{token}", ReaderIntakeEndpoints.StatusAsync);
        // The stamp stands in for antiforgery here too; the token in the address is the reader's authority.
        reader.MapPost("/requests/{token}/forget", ForgetEmailEndpoint.ForgetAsync).DisableAntiforgery();
        // The policy is the same for everyone and changes only with the settings (a restart): cached like other pages.
        reader.MapReaderGet(ReaderIntakePaths.Policy, ReaderIntakeEndpoints.PolicyAsync, ReaderQuery.None).CacheOutput(PublicCache.Policy);
    }
}
