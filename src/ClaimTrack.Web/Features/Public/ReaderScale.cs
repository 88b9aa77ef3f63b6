using ClaimTrack.Web.Features.Claims.Ratings;
using ClaimTrack.Web.Features.Claims.Writing;
using Marten;
using Marten.Services;
using Microsoft.Extensions.Caching.Memory;

namespace ClaimTrack.Web.Features.Public;

/// <summary>
/// The rating scale the reader's pages show, kept in memory: every uncached page needs it, and it changes only when an
/// Admin saves it. A save through this node clears it at once; another node's save clears it through the node channel
/// (<see cref="EvictOnPublicChange"/>), and it expires within a minute regardless.
/// </summary>
public sealed class ReaderScale(IMemoryCache cache) : DocumentSessionListenerBase, IConfigureMarten
{
    private const string Key = "claimtrack:reader-rating-scale";
    private static readonly TimeSpan Freshness = TimeSpan.FromMinutes(1);

    public void Configure(IServiceProvider services, StoreOptions options) => options.Listeners.Add(this);

    public async ValueTask<RatingScale> GetAsync(IQuerySession session, CancellationToken ct) =>
        (await cache.GetOrCreateAsync(Key, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Freshness;
            return ClaimWriter.LoadScaleAsync(session, ct);
        }))!;

    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        if (Changed(commit)) Forget();
        return Task.CompletedTask;
    }

    public void Forget() => cache.Remove(Key);

    public static bool Changed(IChangeSet commit) => commit.Updated.Concat(commit.Inserted).Any(d => d is RatingScale);
}
