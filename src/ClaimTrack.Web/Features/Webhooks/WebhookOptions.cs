namespace ClaimTrack.Web.Features.Webhooks;

/// <summary>How webhook deliveries are allowed and retried (README, "settings"; docs/open-data.md, "Webhooks").</summary>
public sealed class WebhookOptions
{
    public const string Section = "ClaimTrack:Webhooks";

    /// <summary>Plain http sends the signed body where anyone on the way reads it: only for a newsroom's own test rigs.</summary>
    public bool AllowHttp { get; set; }

    /// <summary>Loopback, private and link-local targets would let an Admin's address reach the app's own network (SSRF).</summary>
    public bool AllowPrivateTargets { get; set; }

    public double TimeoutSeconds { get; set; } = 10;

    /// <summary>Tries per event before the delivery is marked failed (an Admin can send it again).</summary>
    public int MaxAttempts { get; set; } = 10;

    public double FirstRetrySeconds { get; set; } = 30;

    public double MaxRetrySeconds { get; set; } = 6 * 3600;

    /// <summary>How often each node looks for due deliveries; the node that saved a change looks at once.</summary>
    public double PollSeconds { get; set; } = 5;

    // Never below these: a zero timeout or poll would spin, and a delivery needs at least one try.
    public TimeSpan Timeout => TimeSpan.FromSeconds(Math.Max(0.1, TimeoutSeconds));
    public TimeSpan Poll => TimeSpan.FromSeconds(Math.Max(0.05, PollSeconds));
    public int Attempts => Math.Max(1, MaxAttempts);

    /// <summary>
    /// How long a node holds a delivery it is sending: longer than any try can take, so no other node sends it at the
    /// same time; a node that dies mid-try leaves it to be sent again once this has passed.
    /// </summary>
    public TimeSpan Lease => Timeout + TimeSpan.FromSeconds(30);
}
