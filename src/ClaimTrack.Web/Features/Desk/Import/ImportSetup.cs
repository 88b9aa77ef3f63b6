namespace ClaimTrack.Web.Features.Desk.Import;

public static class ImportSetup
{
    public static IServiceCollection AddClaimReviewImport(this IServiceCollection services)
    {
        services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.Section);
        services.AddSingleton<ClaimReviewFetcher>();
        services.AddSingleton<ClaimReviewImporter>();
        services.AddSingleton<OtherReviewActions>();
        services.AddSingleton<ImportQueries>();
        return services;
    }
}
