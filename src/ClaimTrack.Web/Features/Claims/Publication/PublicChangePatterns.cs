using System.Globalization;
using System.Text.RegularExpressions;

namespace ClaimTrack.Web.Features.Claims.Publication;

/// <summary>
/// The sentences of an update's list of changes (<see cref="PublicChanges"/>), one place for both directions: the
/// record keeps them in English as written here, and a reader page in another language reads a stored line back
/// through its pattern and words it from the reader's catalogue (<c>Change.{Name}</c>), the values as stored.
/// </summary>
public static partial class PublicChangePatterns
{
    public static readonly IReadOnlyList<(string Name, string English)> All =
    [
        ("StatementChanged", "statement changed from “{0}” to “{1}”"),
        ("NowVerbatim", "the statement is now marked as a verbatim quote"),
        ("NoLongerVerbatim", "the statement is no longer marked as a verbatim quote"),
        ("ContextRemoved", "context removed"),
        ("ContextChanged", "context changed to “{0}”"),
        ("ClaimantChanged", "claimant changed from {0} to {1}"),
        ("TopicAdded", "topic added: {0}"),
        ("TopicRemoved", "topic removed: {0}"),
        ("LanguageChanged", "language changed from {0} to {1}"),
        ("AppearanceChanged", "appearance changed: {0}, {1} is now {2}, {3}"),
        ("AppearanceAdded", "appearance added: {0}, {1}"),
        ("AppearanceRemoved", "appearance removed: {0}, {1}"),
        ("EvidenceAdded", "evidence added: {0}"),
        ("EvidenceWithdrawn", "evidence withdrawn: {0}, {1}"),
        ("EvidenceCorrected", "evidence corrected: {0}"),
        ("VerdictRevised", "verdict revised to {0}: {1}"),
        ("VerdictWordsChanged", "the verdict's words changed"),
    ];

    /// <summary>The English line, as the record stores it.</summary>
    public static string Line(string name, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, All.Single(p => p.Name == name).English, values);

    /// <summary>The pattern a stored line was written with and its values; null for a line no pattern wrote (an older
    /// wording), which is then shown as stored.</summary>
    public static (string Name, string[] Values)? Read(string line)
    {
        foreach (var (name, regex) in Readers.Value)
            if (regex.Match(line) is { Success: true } match)
                return (name, [.. match.Groups.Cast<Group>().Skip(1).Select(g => g.Value)]);
        return null;
    }

    // Each pattern as an anchored expression, its blanks taking any text; the first blank takes as little as it can,
    // which matters only for a value that itself contains the words between blanks.
    private static readonly Lazy<IReadOnlyList<(string Name, Regex Regex)>> Readers = new(() =>
        [.. All.Select(p => (p.Name, new Regex("^" + Blank().Replace(Regex.Escape(p.English), "(.*?)") + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant)))]);

    [GeneratedRegex(@"\\\{\d\}|\{\d\}")]
    private static partial Regex Blank();
}
