using ClaimTrack.Web.Features.Claims.Writing;
using Marten;

namespace ClaimTrack.Web.Features.Claims.Scheduling;

/// <summary>
/// Finds the releases that are due and lets each out through the one write path. Exactly once, whoever runs it: the
/// release is appended at the version the claim had when it was found, with an action key made from that version,
/// so a second releaser (another node, a retry) meets a conflict or the first one's record and appends nothing.
/// </summary>
public sealed class ScheduledReleases(IDocumentStore store, ClaimWriter writer, TimeProvider clock, ILogger<ScheduledReleases> logger)
{
    /// <summary>More than a newsroom schedules for one minute; the rest go out on the next round, a moment later.</summary>
    private const int Batch = 100;

    /// <returns>How many releases this call let out (or held).</returns>
    public async Task<int> ReleaseDueAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        IReadOnlyList<Claim> due;
        await using (var session = store.QuerySession())
            due = await session.Query<Claim>().Where(c => c.ReleaseAt != null && c.ReleaseAt <= now)
                .OrderBy(c => c.ReleaseAt).Take(Batch).ToListAsync(ct);
        var released = 0;
        foreach (var claim in due)
            if (claim.Scheduled is { } scheduled && await ReleaseAsync(claim.Id, claim.Version, scheduled, ct)) released++;
        return released;
    }

    /// <summary>The next release time after the ones due now, so the releaser can sleep until then.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken ct = default)
    {
        await using var session = store.QuerySession();
        var next = await session.Query<Claim>().Where(c => c.ReleaseAt != null).OrderBy(c => c.ReleaseAt)
            .Take(1).Select(c => c.ReleaseAt!.Value).ToListAsync(ct);
        return next.Count == 0 ? null : next[0];
    }

    /// <returns>Whether this call appended the release; false when another releaser did, or the claim changed since.</returns>
    public async Task<bool> ReleaseAsync(Guid claimId, long version, ScheduledRelease scheduled, CancellationToken ct = default)
    {
        var key = StableGuid.From($"{claimId}/scheduled-release/{version}");
        try
        {
            var receipt = await writer.ExecuteOnceAsync(key, claimId, version, new ReleaseScheduledPublication(scheduled.ReleaseAt), scheduled.By, ct: ct);
            return !receipt.AlreadySaved;
        }
        catch (Exception e) when (e is ClaimEditConflict or ClaimRuleBroken or ClaimNotFound)
        {
            // Changed since it was found (released elsewhere, rescheduled, cancelled): the next round sees it as it is.
            logger.LogDebug("Scheduled release of {Claim} not let out by this node: {Reason}", claimId, e.Message);
            return false;
        }
    }
}
