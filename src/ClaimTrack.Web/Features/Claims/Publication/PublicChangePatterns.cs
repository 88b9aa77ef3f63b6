using ClaimTrack.Web.Infrastructure;

namespace ClaimTrack.Web.Features.Claims.Publication;

/// <summary>
/// The sentences of an update's list of changes (<see cref="PublicChanges"/>): the record keeps them in English as
/// written here, and a reader page in another language words a stored line from <c>Change.{Name}</c> in ReaderText.
/// </summary>
public static class PublicChangePatterns
{
    public static readonly StoredSentences Sentences = new(
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
    ], keyPrefix: "Change.");

    public static IReadOnlyList<(string Name, string English)> All => Sentences.All;

    /// <summary>The English line, as the record stores it.</summary>
    public static string Line(string name, params object[] values) => Sentences.Line(name, values);

    /// <summary>The pattern a stored line was written with and its values; null for a line no pattern wrote.</summary>
    public static (string Name, string[] Values)? Read(string line) => Sentences.Read(line);
}
