using System.Text;

namespace ClaimTrack.Web.Infrastructure.Search;

/// <summary>
/// What a person typed, made safe for <c>websearch_to_tsquery</c>. PostgreSQL refuses a NUL byte outright, and a long
/// run of operators ("-", "!", "|", "&amp;", brackets) nests so deep that it fails with "tsquery stack too small": both
/// were 500s. What is kept is the websearch syntax a reader means: words, quotes, "or", and one "-" before a word.
/// </summary>
public static class SearchWords
{
    /// <summary>More words than anyone types; a cap keeps the query's tree shallow whatever arrives.</summary>
    public const int MaxWords = 20;

    /// <summary>The words to search for, or null when nothing searchable is left (only operators, control characters).</summary>
    public static string? Safe(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        var words = new List<string>();
        foreach (var token in typed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var negated = token[0] is '-' or '!';
            // Inside a token, anything but letters, digits and quotes separates words: "covid-19" is "covid 19", which the
            // stored vector (it keeps both parts) still matches, and no operator survives to nest.
            var parts = new StringBuilder(token.Length);
            foreach (var c in token) parts.Append(char.IsLetterOrDigit(c) || c == '"' ? c : ' ');
            foreach (var part in parts.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (words.Count == MaxWords) break;
                words.Add(negated ? "-" + part : part);
                negated = false;
            }
        }
        var safe = string.Join(' ', words);
        return safe.Any(char.IsLetterOrDigit) ? safe : null;
    }
}
