using ClaimTrack.Web.Features.Claims;

namespace ClaimTrack.Web.Features.Desk.Notifications;

public enum NotificationKind { Mention, ReviewRequested, SentBack, Approved, Assigned }

/// <summary>
/// One thing one person on the desk should know, stored with the save that caused it (same transaction), so it is
/// there on every node at once, survives restarts, and is never made twice by a replay or a rebuild.
/// </summary>
public sealed class DeskNotification
{
    public Guid Id { get; set; }
    /// <summary>The account id of the person it is for.</summary>
    public string Recipient { get; set; } = "";
    public NotificationKind Kind { get; set; }
    public Guid ClaimId { get; set; }
    /// <summary>The claim's statement, shortened, as it was when this was raised.</summary>
    public string Claim { get; set; } = "";
    public string What { get; set; } = "";
    /// <summary>
    /// The sentence's code and values, so the notifications page words it in its reader's language at display time
    /// (<see cref="NotificationWords"/>). Null on notifications stored before: they show <see cref="What"/>.
    /// </summary>
    public string? WhatCode { get; set; }
    public string[]? WhatValues { get; set; }
    public Actor By { get; set; } = new("", "");
    public DateTimeOffset At { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}

/// <summary>A person's choices about notifications; none stored means the defaults (email on when the newsroom sends it).</summary>
public sealed class NotificationSettings
{
    /// <summary>The account id.</summary>
    public string Id { get; set; } = "";
    public bool EmailOff { get; set; }
}
