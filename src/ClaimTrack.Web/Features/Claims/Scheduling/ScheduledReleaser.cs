using ClaimTrack.Web.Infrastructure.Nodes;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Claims.Scheduling;

/// <summary>
/// Wakes at the next release time (or after the poll interval, whichever is sooner: a release scheduled meanwhile on
/// any node is seen within one interval) and lets out what is due. One node at a time, under an advisory lock; the
/// other waits its turn and then finds nothing left. A release that fell due while every node was down goes out at
/// the next start, since the first round runs at once.
/// </summary>
internal sealed class ScheduledReleaser(
    ScheduledReleases releases, AdvisoryLocks locks, TimeProvider clock, IOptions<SchedulingOptions> options, ILogger<ScheduledReleaser> logger)
    : BackgroundService
{
    /// <summary>Beside the start-up lock's number; no other lock on this database uses it.</summary>
    public const long LockKey = 2015_12_06_0017;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            DateTimeOffset? next = null;
            try
            {
                await using (await locks.HoldAsync(LockKey, "scheduled releases", stoppingToken))
                {
                    await releases.ReleaseDueAsync(stoppingToken);
                    next = await releases.NextDueAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e)
            {
                // The database away for a moment: the next round tries again, and nothing due is lost meanwhile.
                logger.LogWarning(e, "Scheduled releases could not be checked; trying again in {Interval}.", options.Value.Interval);
            }
            try { await Task.Delay(Wait(next, clock.GetUtcNow(), options.Value.Interval), clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>Until the next release, at most one interval.</summary>
    public static TimeSpan Wait(DateTimeOffset? next, DateTimeOffset now, TimeSpan interval) =>
        next is { } due && due - now < interval ? (due > now ? due - now : TimeSpan.Zero) : interval;
}
