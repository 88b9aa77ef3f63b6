using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Archive;
using ClaimTrack.Web.Infrastructure.Nodes;
using Marten;
using Marten.Services;

namespace ClaimTrack.Web.Features.Archive;

/// <summary>
/// Records a source to fetch inside the save that attaches the evidence (or corrects its address, or withdraws it): the
/// editor's request does no fetching, and a node that dies right after the commit leaves the work in the database for
/// whichever node runs the archive next.
/// </summary>
internal sealed class ArchiveOutbox(TimeProvider clock, ArchiveWakeUp wakeUp) : DocumentSessionListenerBase, IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options) => options.Listeners.Add(this);

    public override async Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        var now = clock.GetUtcNow();
        foreach (var data in session.PendingChanges.Streams().SelectMany(s => s.Events).Select(e => e.Data))
        {
            switch (data)
            {
                case EvidenceAttached { Details.Url: { } url } attached:
                    session.Insert(SourceDecisions.Watch(attached.EvidenceId, attached.ClaimId, attached.Details.Title, url, now));
                    break;
                case EvidenceCorrected corrected:
                    var known = await session.LoadAsync<EvidenceSource>(corrected.EvidenceId, token);
                    if (known is null && corrected.Details.Url is { } first)
                        session.Insert(SourceDecisions.Watch(corrected.EvidenceId, corrected.ClaimId, corrected.Details.Title, first, now));
                    else if (known is not null)
                    {
                        if (corrected.Details.Url is { } url) SourceDecisions.Readdress(known, corrected.Details.Title, url, now);
                        else SourceDecisions.Withdraw(known, now);
                        session.Store(known);
                    }
                    break;
                case EvidenceWithdrawn withdrawn when await session.LoadAsync<EvidenceSource>(withdrawn.EvidenceId, token) is { } source:
                    SourceDecisions.Withdraw(source, now);
                    session.Store(source);
                    break;
            }
        }
    }

    // The saving node fetches at once if it runs the archive; otherwise the node that does finds it on its next look.
    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        if (commit.Inserted.Concat(commit.Updated).OfType<EvidenceSource>().Any(s => s.State == SourceState.Waiting)) wakeUp.Ring();
        return Task.CompletedTask;
    }
}

/// <summary>Wakes this node's archive worker when a source is waiting now, instead of at its next look.</summary>
public sealed class ArchiveWakeUp : DueWork;
