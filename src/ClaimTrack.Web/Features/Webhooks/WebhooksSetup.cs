using Marten;

namespace ClaimTrack.Web.Features.Webhooks;

public static class WebhooksSetup
{
    /// <summary>
    /// Subscriptions, the outbox that stores a delivery with each public change, and the sender on every node
    /// (docs/open-data.md, "Webhooks"; docs/security.md, "Webhooks").
    /// </summary>
    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WebhookOptions>(configuration.GetSection(WebhookOptions.Section));
        services.AddSingleton<DeliveryWakeUp>();
        services.AddSingleton<WebhookSubscriptions>();
        services.AddSingleton<DeliveryOutbox>();
        services.AddSingleton<IConfigureMarten>(sp => sp.GetRequiredService<DeliveryOutbox>());
        services.AddSingleton<DeliveryPost>();
        services.AddSingleton<DeliverySender>();
        services.AddHostedService(sp => sp.GetRequiredService<DeliverySender>());
        services.AddHttpClient(DeliveryPost.Client, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => GuardedConnections.Handler(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<WebhookOptions>>().Value));
        services.ConfigureMarten(opts =>
        {
            opts.Schema.For<WebhookSubscription>().UseOptimisticConcurrency(true);
            // The senders' one question, asked by every node every few seconds: what is pending and due.
            opts.Schema.For<WebhookDelivery>().UseOptimisticConcurrency(true)
                .Duplicate(d => d.State).Duplicate(d => d.NextAttemptAt)
                .Index([d => d.State, d => d.NextAttemptAt])
                .Duplicate(d => d.SubscriptionId);
        });
        return services;
    }
}
