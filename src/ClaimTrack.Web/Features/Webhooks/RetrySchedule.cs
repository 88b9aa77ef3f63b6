namespace ClaimTrack.Web.Features.Webhooks;

/// <summary>
/// When a failed delivery is tried again: the first retry after FirstRetrySeconds, each next one twice as long, never
/// longer than MaxRetrySeconds, each moved by up to a fifth either way so that many receivers coming back at once are
/// not all hit in the same second.
/// </summary>
public static class RetrySchedule
{
    public const double Jitter = 0.2;

    /// <param name="failedTries">Tries that have failed so far (1 after the first).</param>
    /// <param name="options"></param>
    /// <param name="random">A number in [0, 1): 0.5 is the schedule without jitter.</param>
    /// <returns>The wait before the next try, or null when the tries are used up.</returns>
    public static TimeSpan? NextWait(int failedTries, WebhookOptions options, double random)
    {
        if (failedTries >= options.Attempts) return null;
        var doubled = options.FirstRetrySeconds * Math.Pow(2, Math.Max(0, failedTries - 1));
        var capped = Math.Min(Math.Max(options.FirstRetrySeconds, options.MaxRetrySeconds), doubled);
        return TimeSpan.FromSeconds(capped * (1 + (Jitter * ((2 * random) - 1))));
    }
}
