namespace ClaimTrack.Web.Features.Claims;

/// <summary>
/// The <c>Claim</c> table's columns the desk grid sorts by, named once: the indexes in <see cref="ClaimsSetup"/> and
/// the desk's ORDER BY must say the same expression, or PostgreSQL sorts every matching claim instead of walking an index.
/// </summary>
public static class ClaimSortColumns
{
    public const string Updated = "updated_at";
    public const string Rating = "current_verdict_rating";
    public const string StatementChars = "100";

    /// <summary>The statement index's expression, with the column as <c>?</c>.</summary>
    public const string StatementIndexMask = "left(?, " + StatementChars + ")";

    /// <summary>The same expression as the desk's queries read it (Marten's alias for the document table is d).</summary>
    public const string Statement = "left(d.statement, " + StatementChars + ")";
}
