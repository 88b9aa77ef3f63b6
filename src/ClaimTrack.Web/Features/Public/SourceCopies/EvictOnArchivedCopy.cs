using ClaimTrack.Web.Features.Claims.Archive;
using ClaimTrack.Web.Infrastructure.Nodes;
using Marten;
using Marten.Services;
using Microsoft.AspNetCore.OutputCaching;

namespace ClaimTrack.Web.Features.Public.SourceCopies;

/// <summary>
/// A first (or new) copy kept puts "archived copy, date" on the claim's page: the page is evicted here after the commit,
/// and on every other node through the reader cache's own node message (<see cref="EvictOnPublicChange"/> evicts the tags
/// it names). Link checks change no reader page, so they evict nothing.
/// </summary>
internal sealed class EvictOnArchivedCopy(IOutputCacheStore cache, NodeBroadcast nodes) : DocumentSessionListenerBase, IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options) => options.Listeners.Add(this);

    public static IReadOnlyList<string> StaleTags(IEnumerable<EvidenceSource> saved) =>
        [.. saved.Where(s => s.CopyJustKept).Select(s => PublicCache.ClaimTag(s.ClaimId)).Distinct()];

    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        var tags = StaleTags(session.PendingChanges.AllChangedFor<EvidenceSource>());
        if (tags.Count > 0) nodes.TrySend(session, EvictOnPublicChange.Topic, string.Join(' ', tags));
        return Task.CompletedTask;
    }

    public override async Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        foreach (var tag in StaleTags(commit.Updated.Concat(commit.Inserted).OfType<EvidenceSource>())) await cache.EvictByTagAsync(tag, token);
    }
}
