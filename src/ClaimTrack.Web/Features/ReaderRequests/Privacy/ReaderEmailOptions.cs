namespace ClaimTrack.Web.Features.ReaderRequests.Privacy;

/// <summary>How long a reader's email is kept (ClaimTrack:ReaderRequests), see docs/security.md "Reader emails".</summary>
public sealed class ReaderEmailOptions
{
    public const string Section = "ClaimTrack:ReaderRequests";

    /// <summary>Days after a request is first answered or closed; 0 erases the email as soon as it is.</summary>
    public int EmailRetentionDays { get; set; } = 90;

    /// <summary>How often a node looks for emails past their retention (a triage step on this node looks at once).</summary>
    public int ErasePollMinutes { get; set; } = 60;

    public TimeSpan Retention => TimeSpan.FromDays(Math.Max(0, EmailRetentionDays));
    public TimeSpan Poll => TimeSpan.FromMinutes(Math.Clamp(ErasePollMinutes, 1, 24 * 60));
}
