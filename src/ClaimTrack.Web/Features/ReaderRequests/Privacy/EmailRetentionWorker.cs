using ClaimTrack.Web.Infrastructure.Nodes;
using Marten;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.ReaderRequests.Privacy;

/// <summary>This node's bell for the retention round: a triage step that answers or closes a request rings it.</summary>
public sealed class EmailRetentionWakeUp : DueWork;

/// <summary>
/// Erases reader emails whose retention period has ended. Every node runs it; each round runs under a PostgreSQL
/// advisory lock taken without waiting, so one node erases and the others skip that round. What is due is read from
/// the requests themselves (when each settled), so a restart or a dead node loses nothing: the next round finds it.
/// </summary>
public sealed class EmailRetentionWorker(
    IDocumentStore store, ReaderEmailEraser eraser, IOptions<ReaderEmailOptions> options, TimeProvider clock,
    AdvisoryLocks locks, EmailRetentionWakeUp wakeUp, ILogger<EmailRetentionWorker> log) : BackgroundService
{
    /// <summary>Any number no other advisory lock on this database uses (see <see cref="StartupLock.Key"/>).</summary>
    public const long LockKey = 2015_12_06_0019;
    private const int Batch = 50;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        wakeUp.RunAsync(EraseDueAsync, Batch, () => options.Value.Poll,
            e => log.LogWarning(e, "The reader email retention round failed; trying again shortly."), stoppingToken);

    /// <returns>How many emails this round erased (0 when another node holds the round).</returns>
    public async Task<int> EraseDueAsync(CancellationToken ct)
    {
        await using var held = await locks.TryHoldAsync(LockKey, "reader email retention", ct);
        if (held is null) return 0;
        var retention = options.Value.Retention;
        var settledBefore = clock.GetUtcNow() - retention;
        IReadOnlyList<Guid> due;
        await using (var session = store.QuerySession())
            due = await session.Query<ReaderRequest>()
                .Where(r => r.Email != null && r.SettledAt != null && r.SettledAt <= settledBefore)
                .OrderBy(r => r.SettledAt).Select(r => r.Id).Take(Batch).ToListAsync(ct);
        var erased = 0;
        foreach (var id in due)
            if (await eraser.EraseAsync(id, (request, now) => EmailErasure.EraseIfDue(request, retention, now), ct) is { Email: null })
                erased++;
        // Counts only, never an address: the logs are kept longer than the email may be.
        if (erased > 0) log.LogInformation("Erased {Count} reader emails past their retention period.", erased);
        return due.Count;
    }
}
