using System.Linq.Expressions;
using Marten.Linq.MatchesSql;
using Marten.Schema;
using Weasel.Postgresql.Tables;

namespace ClaimTrack.Web.Features.Claims;

/// <summary>
/// The desk's claimant filter: any part of the name, without accents and case, so "diaz" finds "Luis Díaz" and "Díaz"
/// finds a claimant recorded as "Diaz". Both sides pass through ct_unaccent, the unaccent wrapper the search schema
/// defines (Infrastructure/Search), and a trigram index over the unaccented name serves the ILIKE, so a claimant filter
/// is an index lookup, not a walk of every claim.
/// </summary>
public static class ClaimantFilter
{
    public const string IndexName = "mt_doc_claim_idx_claimant_unaccent";

    // The column Marten keeps Claim.Claimant.Name in (a duplicated field, ClaimsSetup); written as the index's expression,
    // so the planner matches the two.
    private const string Unaccented = "ct_unaccent(d.claimant_name)";

    public static void Index(ComputedIndex index)
    {
        index.Name = IndexName;
        index.Method = IndexMethod.gin;
        index.Mask = "ct_unaccent(?) gin_trgm_ops";
    }

    /// <summary>The filter for what the person typed; null when there is nothing to filter by.</summary>
    public static Expression<Func<Claim, bool>>? Holds(string? typed) =>
        Pattern(typed) is { } pattern ? c => c.MatchesSql($"{Unaccented} ilike '%' || ct_unaccent(?) || '%'", pattern) : null;

    /// <summary>The typed text as a LIKE pattern matching only itself: "%" and "_" are letters here, not wildcards.</summary>
    public static string? Pattern(string? typed)
    {
        var text = typed?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        return text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
    }
}
