namespace ClaimTrack.Web.Features.Claims.Scheduling;

/// <summary>What a scheduled release approves when its time comes.</summary>
public enum ReleaseKind
{
    /// <summary>The verdict waiting for review: approved and published (a first verdict or a revision).</summary>
    Verdict,
    /// <summary>An approved verdict of a claim never published: its first publication.</summary>
    Publication,
    /// <summary>The update, correction or retraction waiting for review.</summary>
    PublicChange,
}

/// <summary>The claim's scheduled release: which proposal, when (UTC), and the Editor whose approval it carries.</summary>
public sealed record ScheduledRelease(ReleaseKind Kind, Guid ProposalId, DateTimeOffset ReleaseAt, Actor By, DateTimeOffset ScheduledAt);
