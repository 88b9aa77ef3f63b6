using ClaimTrack.Web.Features.Claims.Archive;
using ClaimTrack.Web.Infrastructure.Nodes;
using JasperFx;
using Marten;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Archive;

/// <summary>
/// Keeps first copies and runs the link check, on one node at a time: each round runs under a PostgreSQL advisory lock
/// that the other nodes find taken and skip. A node that dies mid-round closes its connection, and the lock with it,
/// so another takes the next round. Everything it knows is in PostgreSQL, so a restart loses nothing.
/// </summary>
internal sealed class ArchiveWorker(
    IDocumentStore store, SourceFetcher fetcher, IOptions<ArchiveOptions> options, TimeProvider clock, AdvisoryLocks locks,
    ArchiveWakeUp wakeUp, ILogger<ArchiveWorker> log) : BackgroundService
{
    /// <summary>Any number no other advisory lock on this database uses (see <see cref="StartupLock.Key"/>).</summary>
    public const long LockKey = 2015_12_06_0018;
    private const int Batch = 20;

    protected override Task ExecuteAsync(CancellationToken stopping) => !options.Value.Enabled ? Task.CompletedTask
        : wakeUp.RunAsync(RunDueAsync, Batch, () => options.Value.Poll,
            e => log.LogWarning(e, "The evidence archive's round failed; trying again shortly."), stopping);

    /// <returns>How many sources this round fetched or checked (0 when another node holds the round).</returns>
    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        await using var held = await locks.TryHoldAsync(LockKey, "evidence archive", ct);
        if (held is null) return 0;
        var now = clock.GetUtcNow();
        IReadOnlyList<EvidenceSource> due;
        await using (var session = store.QuerySession())
            due = await session.Query<EvidenceSource>()
                .Where(SourceDecisions.DueAt(now))
                .OrderBy(s => s.NextAttemptAt).Take(Batch).ToListAsync(ct);
        foreach (var source in due)
        {
            if (source.State == SourceState.Waiting) await ArchiveAsync(source, ct);
            else await CheckAsync(source, ct);
        }
        return due.Count;
    }

    private async Task ArchiveAsync(EvidenceSource source, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        try
        {
            var fetched = await fetcher.GetAsync(source.Url, ct);
            var copy = SourceDecisions.Kept(source, fetched, options.Value, clock.GetUtcNow());
            ArchivedCopies.Keep(session, source.Id, fetched.Body, copy);
        }
        catch (SourceUnavailable e)
        {
            SourceDecisions.Failed(source, e.Message, options.Value, Random.Shared.NextDouble(), clock.GetUtcNow());
        }
        await SaveAsync(session, source, ct);
    }

    private async Task CheckAsync(EvidenceSource source, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        try
        {
            SourceDecisions.Checked(source, await fetcher.CheckAsync(source.Url, ct), options.Value, clock.GetUtcNow());
        }
        catch (SourceUnavailable e)
        {
            SourceDecisions.CheckFailed(source, e.Message, options.Value, clock.GetUtcNow());
        }
        await SaveAsync(session, source, ct);
    }

    private async Task SaveAsync(IDocumentSession session, EvidenceSource source, CancellationToken ct)
    {
        session.Store(source); // over the version read: an editor who corrected the address meanwhile wins
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (ConcurrencyException)
        {
            log.LogInformation("Evidence {Evidence} changed while its source was fetched; the next round fetches it again.", source.Id);
        }
    }
}
