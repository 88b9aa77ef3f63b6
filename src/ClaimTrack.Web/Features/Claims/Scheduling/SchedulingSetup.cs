namespace ClaimTrack.Web.Features.Claims.Scheduling;

/// <summary>How often the releaser looks for releases scheduled on other nodes (<c>ClaimTrack:Scheduling</c>).</summary>
public sealed class SchedulingOptions
{
    public const string Section = "ClaimTrack:Scheduling";

    /// <summary>Seconds, 1 to 60: the longest a release can be late (it wakes at a due time it already knows).</summary>
    public int PollSeconds { get; set; } = 5;

    public TimeSpan Interval => TimeSpan.FromSeconds(Math.Clamp(PollSeconds, 1, 60));
}

public static class SchedulingSetup
{
    /// <summary>The releaser that lets scheduled publications out on time; the app's alone, so the bench host has none.</summary>
    public static IServiceCollection AddScheduledPublishing(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SchedulingOptions>(configuration.GetSection(SchedulingOptions.Section));
        services.AddSingleton<ScheduledReleases>();
        services.AddHostedService<ScheduledReleaser>();
        return services;
    }
}
