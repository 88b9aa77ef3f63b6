namespace ClaimTrack.Web.Infrastructure.Nodes;

/// <summary>
/// When failed background work (a webhook delivery, an evidence source's first copy) is tried again: the first retry
/// after <c>firstSeconds</c>, each next one twice as long, never longer than <c>maxSeconds</c>, each moved by up to a
/// fifth either way so that many tries failing together (one site, one receiver, coming back) are not all made again
/// in the same second.
/// </summary>
public static class RetrySchedule
{
    public const double Jitter = 0.2;

    /// <param name="failedTries">Tries that have failed so far (1 after the first).</param>
    /// <param name="attempts">Tries allowed in all; fewer than one counts as one.</param>
    /// <param name="firstSeconds">The wait after the first failed try.</param>
    /// <param name="maxSeconds">The longest wait (never below <paramref name="firstSeconds"/>).</param>
    /// <param name="random">A number in [0, 1): 0.5 is the schedule without jitter.</param>
    /// <returns>The wait before the next try, or null when the tries are used up.</returns>
    public static TimeSpan? NextWait(int failedTries, int attempts, double firstSeconds, double maxSeconds, double random)
    {
        if (failedTries >= Math.Max(1, attempts)) return null;
        var doubled = firstSeconds * Math.Pow(2, Math.Max(0, failedTries - 1));
        var capped = Math.Min(Math.Max(firstSeconds, maxSeconds), doubled);
        return TimeSpan.FromSeconds(capped * (1 + (Jitter * ((2 * random) - 1))));
    }
}
