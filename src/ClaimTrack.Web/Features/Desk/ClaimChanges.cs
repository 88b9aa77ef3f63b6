using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Writing;
using Marten;
using Marten.Services;

namespace ClaimTrack.Web.Features.Desk;

/// <summary>
/// Tells open desk pages that a claim changed (after the commit), so a workspace can warn its editor and the grid can
/// refresh. One process-wide notice, not a session per circuit: pages reload what they show with a short session.
/// </summary>
public sealed class ClaimChanges(NewsroomTime time) : DocumentSessionListenerBase, IConfigureMarten
{
    public event Action<ClaimChange>? Changed;

    public void Configure(IServiceProvider services, StoreOptions options) => options.Listeners.Add(this);

    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        foreach (var change in commit.GetEvents().GroupBy(e => e.StreamId))
        {
            // One save can append several events (an edit of the text and the topics): the notice names each.
            var what = ClaimConflicts.Describe([.. change.Select(e => e.Data)], time);
            Changed?.Invoke(new ClaimChange(change.Key, change.Last().Version, what));
        }
        return Task.CompletedTask;
    }
}

public sealed record ClaimChange(Guid ClaimId, long Version, string What);
