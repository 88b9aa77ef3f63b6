namespace ClaimTrack.Web.Features.Claims;

/// <summary>The <c>Claim</c> table's columns the desk grid sorts by, where an index needs them named (ClaimsSetup).</summary>
public static class ClaimSortColumns
{
    public const string Updated = "updated_at";
    public const string Rating = "current_verdict_rating";

    /// <summary>How much of a statement its sort reads: <see cref="Claim.StatementStart"/>.</summary>
    public const int StatementChars = 100;
}
