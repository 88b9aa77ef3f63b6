using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Infrastructure.Nodes;
using Marten;
using Marten.Services;
using Microsoft.AspNetCore.OutputCaching;

namespace ClaimTrack.Web.Features.Public;

/// <summary>
/// The claimant and topic summaries are projected by the daemon a moment after a publication, so the pages built from
/// them (tagged <see cref="PublicCache.DirectoryTag"/>) may have been cached again, from the old counts, in between.
/// After each daemon batch that wrote a summary they are evicted once more: here, and on the other nodes through the
/// node channel (the daemon runs on one node only).
/// </summary>
internal sealed class EvictOnSummaryChange(IOutputCacheStore cache, NodeBroadcast nodes, ILogger<EvictOnSummaryChange> log)
    : IChangeListener, IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options) => options.Projections.AsyncListeners.Add(this);

    public Task BeforeCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token) => Task.CompletedTask;

    /// <summary>
    /// A page rendered from the old summaries just before the commit can be stored just after the eviction: the same
    /// eviction once more a moment later drops that copy too.
    /// </summary>
    internal static readonly TimeSpan Settle = TimeSpan.FromSeconds(1);

    public async Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        if (!commit.Updated.Concat(commit.Inserted).Any(d => d is ClaimantSummary or TopicSummary)) return;
        var store = session.DocumentStore;
        await EvictEverywhereAsync(store, token);
        _ = Task.Run(async () =>
        {
            await Task.Delay(Settle, CancellationToken.None);
            await EvictEverywhereAsync(store, CancellationToken.None);
        }, CancellationToken.None);
    }

    private async Task EvictEverywhereAsync(IDocumentStore store, CancellationToken token)
    {
        try
        {
            await cache.EvictByTagAsync(PublicCache.DirectoryTag, token);
            // The summaries are committed already: the message cannot ride in their transaction, so it gets its own.
            await using var notice = store.LightweightSession();
            nodes.TrySend(notice, EvictOnPublicChange.Topic, PublicCache.DirectoryTag);
            await notice.SaveChangesAsync(token);
        }
        catch (ObjectDisposedException)
        {
            // The app is stopping (the delayed second eviction can outlive the store): no node is left to tell from here.
        }
        catch (Exception problem) when (problem is not OperationCanceledException)
        {
            // The other nodes then keep their index pages until the next publication evicts them: stale counts, not an error page.
            log.LogWarning(problem, "Could not tell the other nodes that the claimant and topic summaries changed");
        }
    }
}
