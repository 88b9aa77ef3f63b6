namespace ClaimTrack.Web.Infrastructure.Nodes;

public static class NodesSetup
{
    /// <summary>
    /// What lets several app nodes share one database: the key ring in PostgreSQL and the node channel that tells
    /// every node what another one changed. (The start-up lock and the daemon's leader election come with the store.)
    /// </summary>
    public static IServiceCollection AddClaimTrackNodes(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSharedKeyRing(configuration);
        services.AddSingleton<NodeBroadcast>();
        services.AddSingleton<NodeChannel>();
        services.AddHostedService(sp => sp.GetRequiredService<NodeChannel>());
        return services;
    }
}
