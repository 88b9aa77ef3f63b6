using ClaimTrack.Web.Features.Claims;

namespace ClaimTrack.Web.Features.Desk;

/// <summary>
/// "Mine", "waiting for me" and "overdue" as conditions on the claim documents (owner, reviewer and due time are
/// columns of their own, ClaimsSetup), shared by the grid and the desk home so both mean the same thing by each word.
/// </summary>
public static class DeskFocusQueries
{
    public static IQueryable<Claim> Focused(IQueryable<Claim> claims, DeskFilter filter, DateTimeOffset now) => filter.Focus switch
    {
        DeskFocus.Mine => OwnedBy(claims, filter.Viewer),
        DeskFocus.WaitingForMe => WaitingFor(claims, filter.Viewer),
        DeskFocus.Overdue => Overdue(claims, now),
        _ => claims,
    };

    // Nobody signed in owns nothing: an empty id matches no claim (Marten would read a null as "has no owner").
    public static IQueryable<Claim> OwnedBy(IQueryable<Claim> claims, string? person)
    {
        var me = person ?? "";
        return claims.Where(c => c.Owner!.UserId == me);
    }

    /// <summary>The person's move: a review asked of them is waiting, or their own claim came back to them.</summary>
    public static IQueryable<Claim> WaitingFor(IQueryable<Claim> claims, string? person)
    {
        var me = person ?? "";
        return claims.Where(c =>
            (c.Reviewer!.UserId == me && (c.Pending != null || c.PendingChange != null))
            || (c.Owner!.UserId == me && ((c.LastSentBack != null && c.Pending == null) || (c.LastChangeSentBack != null && c.PendingChange == null))));
    }

    /// <summary>Past its due day and not yet out: a published or retracted claim is done, whatever its date said.</summary>
    public static IQueryable<Claim> Overdue(IQueryable<Claim> claims, DateTimeOffset now) =>
        claims.Where(c => c.DueBy < now && (c.Status == ClaimStatus.Draft || c.Status == ClaimStatus.InReview));

    /// <summary>Still being worked: what an assignment list shows.</summary>
    public static IQueryable<Claim> Open(IQueryable<Claim> claims) =>
        claims.Where(c => c.Status == ClaimStatus.Draft || c.Status == ClaimStatus.InReview);
}
