using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace ClaimTrack.Web.Infrastructure;

/// <summary>
/// Sentences the record keeps in English (an update's list of changes, a reader request's history), one place for
/// both directions: a line is written through its pattern, and a page in another language reads a stored line back
/// through the same pattern and words it from its catalogue, the values (a title, a name, a quote) as stored. A line no
/// pattern wrote (an older wording) shows as stored.
/// </summary>
/// <param name="patterns">Each pattern's name and its English, with <c>{0}</c>-style blanks for the values.</param>
/// <param name="keyPrefix">What comes before the name in the catalogue's key ("Change." makes "Change.TopicAdded").</param>
public sealed partial class StoredSentences(IReadOnlyList<(string Name, string English)> patterns, string keyPrefix = "")
{
    public IReadOnlyList<(string Name, string English)> All { get; } = patterns;

    /// <summary>The English line, as the record stores it.</summary>
    public string Line(string name, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, All.Single(p => p.Name == name).English, values);

    /// <summary>The pattern a stored line was written with and its values; null for a line no pattern wrote.</summary>
    public (string Name, string[] Values)? Read(string line)
    {
        foreach (var (name, regex) in _readers.Value)
            if (regex.Match(line) is { Success: true } match)
                return (name, [.. match.Groups.Cast<Group>().Skip(1).Select(g => g.Value)]);
        return null;
    }

    /// <summary>The stored line in the catalogue's current language; as stored when no pattern or entry fits.</summary>
    public string In(string line, IStringLocalizer words) =>
        Read(line) is { } read && words[keyPrefix + read.Name, [.. read.Values]] is { ResourceNotFound: false } said ? said : line;

    // Each pattern as an anchored expression, its blanks taking any text; the first blank takes as little as it can,
    // which matters only for a value that itself contains the words between blanks. Without backtracking, so a long
    // stored line costs linear time whatever its values hold.
    private readonly Lazy<IReadOnlyList<(string Name, Regex Regex)>> _readers = new(() =>
        [.. patterns.Select(p => (p.Name, new Regex("^" + Blank().Replace(Regex.Escape(p.English), "(.*?)") + "$",
            RegexOptions.Singleline | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)))]);

    [GeneratedRegex(@"\\\{\d\}|\{\d\}")]
    private static partial Regex Blank();
}
