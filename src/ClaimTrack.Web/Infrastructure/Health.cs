using Marten;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace ClaimTrack.Web.Infrastructure;

public static class Health
{
    public static IServiceCollection AddClaimTrackHealth(this IServiceCollection services)
    {
        // A probe that does not answer within its timeout fails anyway: this says why, in the time a probe waits.
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"], timeout: TimeSpan.FromSeconds(3));
        return services;
    }

    /// <summary>Live: the process answers. Ready: it can also reach its database, so a balancer can send readers.</summary>
    public static void MapClaimTrackHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
    }
}

internal sealed class DatabaseHealthCheck(IDocumentStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // A connection of its own, not a session: sessions retry reads for ClaimTrack:Database:ReadRetrySeconds, which
        // hides a short blip from readers but would keep a balancer sending them to a node whose database is gone.
        try
        {
            await using var connection = store.Storage.Database.CreateConnection();
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("select 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception problem) when (problem is NpgsqlException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", problem);
        }
    }
}
