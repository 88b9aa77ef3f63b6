using ClaimTrack.Web.Infrastructure.Web;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Public;

/// <summary>Searches allowed per client address per window (ClaimTrack:RateLimits:Search...); 0 turns the limit off.</summary>
public sealed class SearchLimitOptions
{
    public int SearchPerAddress { get; set; } = 60;
    public int SearchWindowSeconds { get; set; } = 60;
}

/// <summary>
/// Reader search limited per client address: each new query is full-text work in PostgreSQL, and anyone can make every
/// query new. The limiter runs after the output cache (Program.cs), on purpose: a search already answered is served
/// from memory without counting, so a popular search never gets a reader refused, while a stream of fresh queries,
/// the only kind that costs the database anything, is what the limit stops. A refusal (429) is never cached.
/// </summary>
public static class SearchLimits
{
    public const string Policy = "reader-search";

    public static IServiceCollection AddSearchLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SearchLimitOptions>(configuration.GetSection(RequestLimits.Section));
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SearchLimitOptions>>((limiter, settings) =>
            limiter.AddPolicy(Policy, http =>
                RequestLimits.PerWindow(RequestLimits.ClientAddress(http), settings.Value.SearchPerAddress, settings.Value.SearchWindowSeconds)));
        return services;
    }
}
