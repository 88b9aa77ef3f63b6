using Microsoft.AspNetCore.OutputCaching;

namespace ClaimTrack.Web.Infrastructure.Observability;

/// <summary>
/// An output cache policy that only counts: a hit when a stored response is about to be served, a miss when the
/// endpoint renders one. Added to a named policy beside the policies that decide what is cached; it changes nothing.
/// </summary>
public sealed class CountCacheLookups(NewsroomMetrics metrics) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        metrics.ReaderCacheHit();
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        metrics.ReaderCacheMiss();
        return ValueTask.CompletedTask;
    }
}
