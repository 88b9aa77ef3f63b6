using ClaimTrack.Web.Infrastructure.Web;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Public.Api;

/// <summary>API requests allowed per client address per window (ClaimTrack:RateLimits:Api...); 0 turns the limit off.</summary>
public sealed class ApiLimitOptions
{
    public int ApiPerAddress { get; set; } = 600;
    public int ApiWindowSeconds { get; set; } = 60;
}

/// <summary>
/// The read API limited per client address, as search is: any client can make every request new (another cursor,
/// another updatedSince), and the claimant and topic counts read every published claim. Like search, the limiter
/// runs after the output cache, so an answer already stored is served without counting: a client walking the list
/// that others walked, or revalidating with its ETag against a stored answer, spends nothing.
/// </summary>
public static class ApiLimits
{
    public const string Policy = "read-api";

    public static IServiceCollection AddApiLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ApiLimitOptions>(configuration.GetSection(RequestLimits.Section));
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<ApiLimitOptions>>((limiter, settings) =>
            limiter.AddPolicy(Policy, http =>
                RequestLimits.PerWindow(RequestLimits.ClientAddress(http), settings.Value.ApiPerAddress, settings.Value.ApiWindowSeconds)));
        return services;
    }
}
