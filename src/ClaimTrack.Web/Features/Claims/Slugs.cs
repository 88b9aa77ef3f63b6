using System.Globalization;
using System.Text;

namespace ClaimTrack.Web.Features.Claims;

/// <summary>URL keys for claimants, topics and claim titles: lower case ASCII words joined by hyphens.</summary>
public static class Slugs
{
    public static string From(string text, int maxLength = 80)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        // FormD splits "é" into "e" + accent, so accents drop out and names stay readable in URLs.
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(ch))
            {
                var hyphen = pendingHyphen && builder.Length > 0;
                // Stop before the limit rather than cut a word's first letter off behind a hyphen.
                if (builder.Length + (hyphen ? 2 : 1) > maxLength) break;
                if (hyphen) builder.Append('-');
                builder.Append(char.ToLowerInvariant(ch));
                pendingHyphen = false;
            }
            else pendingHyphen = true;
        }
        return builder.Length == 0 ? "untitled" : builder.ToString();
    }
}
