using Polly;
using Polly.Retry;

namespace ClaimTrack.Web.Infrastructure.Postgres;

/// <summary>ClaimTrack:Database:ReadRetrySeconds: how long a read keeps trying while the database does not answer.</summary>
public sealed class ReadRetryOptions
{
    public const string Section = "ClaimTrack:Database";
    public double ReadRetrySeconds { get; set; } = 5;
}

/// <summary>
/// Marten's retry policy for reads: a restart or a dropped connection shorter than the window is invisible to a page.
/// Writes keep Marten's own, narrower policy: a commit whose answer was lost may have been applied, so it is never
/// replayed blindly (the desk's action keys answer that case instead, see SavedAction).
/// </summary>
public static class ReadRetry
{
    // A stopped local server refuses at once, so each try is quick; a quarter second apart keeps the load small.
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(250);

    public static RetryStrategyOptions For(ReadRetryOptions options) => new()
    {
        ShouldHandle = args => ValueTask.FromResult(DatabaseTrouble.IsTransient(args.Outcome.Exception)),
        MaxRetryAttempts = Math.Max(1, (int)Math.Ceiling(options.ReadRetrySeconds / Pause.TotalSeconds)),
        Delay = Pause,
        BackoffType = DelayBackoffType.Constant,
    };
}
