using Marten;

namespace ClaimTrack.Web.Features.Archive;

public static class ArchiveSetup
{
    /// <summary>
    /// Copies of evidence sources and the link check (docs/desk.md and docs/security.md, "Archived evidence"). The
    /// documents and the copies' table are the core's (<c>AddEvidenceArchive</c>); this is the fetching.
    /// </summary>
    public static IServiceCollection AddEvidenceArchive(this IServiceCollection services)
    {
        services.AddOptions<ArchiveOptions>().BindConfiguration(ArchiveOptions.Section);
        services.AddSingleton<ArchiveWakeUp>();
        services.AddSingleton<SourceFetcher>();
        services.AddSingleton<IConfigureMarten, ArchiveOutbox>();
        services.AddSingleton<ArchiveWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<ArchiveWorker>());
        return services;
    }
}
