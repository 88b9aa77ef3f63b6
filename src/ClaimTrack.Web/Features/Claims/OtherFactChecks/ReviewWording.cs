using System.Globalization;
using System.Text;

namespace ClaimTrack.Web.Features.Claims.OtherFactChecks;

/// <summary>Claim wording compared the way a reader would: case, accents, punctuation, quotes and spacing aside.</summary>
public static class ReviewWording
{
    /// <summary>Lower case letters and digits, single spaces between words, accents dropped.</summary>
    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(ch))
            {
                if (space && builder.Length > 0) builder.Append(' ');
                builder.Append(char.ToLowerInvariant(ch));
                space = false;
            }
            // An apostrophe joins a word ("don't" is one word, as it is in "dont"): anything else separates.
            else if (ch is not '\'' and not '’') space = true;
        }
        return builder.ToString();
    }

    /// <summary>
    /// Trigram similarity as PostgreSQL's pg_trgm computes it (each word padded with two spaces before and one after;
    /// shared trigrams over all trigrams), over the normalised texts: 1 for the same words, 0 for nothing in common.
    /// </summary>
    public static double Similarity(string? a, string? b)
    {
        var (left, right) = (Trigrams(Normalise(a)), Trigrams(Normalise(b)));
        if (left.Count == 0 || right.Count == 0) return 0;
        var shared = left.Count(right.Contains);
        return (double)shared / (left.Count + right.Count - shared);
    }

    private static HashSet<string> Trigrams(string normalised)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var padded = $"  {word} ";
            for (var i = 0; i + 3 <= padded.Length; i++) set.Add(padded.Substring(i, 3));
        }
        return set;
    }
}
