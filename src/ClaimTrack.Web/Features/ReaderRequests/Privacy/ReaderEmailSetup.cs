using Marten;

namespace ClaimTrack.Web.Features.ReaderRequests.Privacy;

public static class ReaderEmailSetup
{
    /// <summary>Reader emails erased after their retention period and on the reader's request (docs/security.md).</summary>
    public static IServiceCollection AddReaderEmailErasure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReaderEmailOptions>().Bind(configuration.GetSection(ReaderEmailOptions.Section))
            .Validate(o => o.EmailRetentionDays >= 0, $"{ReaderEmailOptions.Section}:EmailRetentionDays must be 0 (erase when answered or closed) or more days.")
            .Validate(o => o.ErasePollMinutes is >= 1 and <= 1440, $"{ReaderEmailOptions.Section}:ErasePollMinutes must be between 1 and 1440.")
            .ValidateOnStart();
        services.AddSingleton<ReaderEmailEraser>();
        services.AddSingleton<EmailRetentionWakeUp>();
        services.AddSingleton<EmailRetentionWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<EmailRetentionWorker>());
        services.ConfigureMarten(opts =>
        {
            ReaderEmailMasking.Register(opts);
            // The retention round's query: requests by when they settled.
            opts.Schema.For<ReaderRequest>().Duplicate(r => r.SettledAt);
        });
        return services;
    }
}
