using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Marten.Linq.MatchesSql;

namespace ClaimTrack.Web.Features.Claims;

/// <summary>
/// The desk's claimant filter: any part of the name, without accents and case, so "diaz" finds "Luis Díaz" and "Díaz"
/// finds a claimant recorded as "Diaz". Both sides are folded here, once: the claim keeps its claimant's folded name
/// in a column of its own (<see cref="Claim.ClaimantKey"/>, trigram-indexed), and the typed text is folded the same way.
/// It was an index over ct_unaccent(name) at first, but the grid walks claims newest first and tests each one's name,
/// and unaccenting every name it passed made a claimant filter with a common word 30% slower than the accent-sensitive
/// filter before it.
/// </summary>
public static class ClaimantFilter
{
    public const string IndexName = "mt_doc_claim_idx_claimant_key";

    /// <summary>The name as the filter compares it: lower case, accents and other marks dropped, ligatures and letters
    /// with no decomposition spelled out ("ß" is "ss", "ł" is "l"), so "Łódź" and "lodz" meet. It agrees with
    /// PostgreSQL's unaccent, which the claimant lookup and reader search use, on the Latin, Greek and Cyrillic letters
    /// (ClaimColumnsTests compares them): Cyrillic letters such as "й" and "ї" are letters of their own and stay.</summary>
    public static string Fold(string name)
    {
        var folded = new StringBuilder(name.Length);
        // Rune by rune: a lone half of a surrogate pair (pasted or typed in an address) folds to U+FFFD, never throws.
        foreach (var rune in name.EnumerateRunes())
        {
            var lower = Rune.ToLowerInvariant(rune);
            if (lower.IsBmp && Spelled((char)lower.Value) is { } spelled) folded.Append(spelled);
            else if (lower.Value is >= 0x400 and <= 0x4FF && lower.Value != 'ё') folded.Append(lower.ToString());
            else
                foreach (var part in lower.ToString().Normalize(NormalizationForm.FormKD).EnumerateRunes())
                    // Lower case again: "İ" has no one-letter lower case, but its "I" without the dot has.
                    if (Rune.GetUnicodeCategory(part) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)) folded.Append(Rune.ToLowerInvariant(part).ToString());
        }
        // Compatibility decomposition splits a Hangul syllable into its letters: composed again, it is the syllable.
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The filter for what the person typed; null when there is nothing to filter by.</summary>
    public static Expression<Func<Claim, bool>>? Holds(string? typed) =>
        Pattern(typed) is { } pattern ? c => c.MatchesSql("d.claimant_key like '%' || ? || '%'", pattern) : null;

    /// <summary>The typed text folded, as a LIKE pattern matching only itself: "%" and "_" are letters here, not wildcards.</summary>
    public static string? Pattern(string? typed)
    {
        var text = typed?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        return Fold(text).Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
    }

    // Letters Unicode does not decompose into a base letter and a mark, spelled as PostgreSQL's unaccent spells them.
    private static string? Spelled(char c) => c switch
    {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'đ' => "d",
        'ð' => "d",
        'ł' => "l",
        'ħ' => "h",
        'ı' => "i",
        'þ' => "th",
        'ŧ' => "t",
        'ŋ' => "n",
        'ĸ' => "q",
        'ſ' => "s",
        'ƀ' => "b",
        'ɨ' => "i",
        'ƶ' => "z",
        'ŀ' => "l",
        'ŉ' => "'n",
        _ => null,
    };
}
