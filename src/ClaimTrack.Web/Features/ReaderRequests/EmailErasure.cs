using ClaimTrack.Web.Features.Claims;

namespace ClaimTrack.Web.Features.ReaderRequests;

/// <summary>
/// When a reader's email goes, as pure decisions. The address is kept only while the desk may need to write back: until
/// the retention period after the request was first answered or closed, or until the reader asks us to forget it.
/// </summary>
public static class EmailErasure
{
    /// <summary>Who the desk's history names for an erasure no person made.</summary>
    public static readonly Actor Retention = new("claimtrack", "ClaimTrack");

    /// <returns>The record of the erasure, or null when there is no email left to erase: asking twice records once.</returns>
    public static ReaderEmailErased? Erase(ReaderRequest request, EmailErasureCause cause, DateTimeOffset at) =>
        request.Email is null ? null : new(request.Id, cause, at);

    /// <summary>When the retention period lets the email go; null while the request is unsettled or has no email.</summary>
    public static DateTimeOffset? DueAt(ReaderRequest request, TimeSpan retention) =>
        request.Email is null || request.SettledAt is not { } settled ? null : settled + retention;

    /// <returns>The erasure the retention period calls for now, or null when it is not due (or already done).</returns>
    public static ReaderEmailErased? EraseIfDue(ReaderRequest request, TimeSpan retention, DateTimeOffset now) =>
        DueAt(request, retention) is { } due && due <= now ? Erase(request, EmailErasureCause.RetentionEnded, now) : null;
}
