using System.Text;
using System.Text.RegularExpressions;

namespace ClaimTrack.Web.Features.Intake;

/// <summary>What PostgreSQL measured between the typed statement and one stored statement.</summary>
/// <param name="Trigram">pg_trgm <c>similarity</c>: shared letter triples over all of both (reworded, reordered text).</param>
/// <param name="TypedWords">Distinct stemmed words of the typed text, stop words left out (to_tsvector).</param>
/// <param name="StatementWords">The same for the stored statement.</param>
/// <param name="SharedWords">Stemmed words both have ("cuts" and "cut" are one).</param>
public sealed record LikenessSignals(double Trigram, int TypedWords, int StatementWords, int SharedWords);

/// <summary>
/// Decides whether a stored claim says the same thing as a typed statement. Pure, so the rule is tested without a
/// database; <see cref="SimilarClaims"/> fetches the signals.
/// </summary>
public static partial class Likeness
{
    /// <summary>
    /// The score from which the desk shows a claim as "the same". Chosen on the labelled pairs
    /// (tests/ClaimTrack.IntegrationTests/Features/Intake/similar-pairs.tsv); docs/desk.md gives the figures.
    /// </summary>
    public const double Threshold = 0.7;

    /// <summary>
    /// Two claims whose figures differ are different claims ("3 million" is not "30 million"), however alike their
    /// wording: both checks would have to be redone. The cut is deep enough that a copy with one figure changed falls
    /// under the threshold; the price is that a figure written another way ("584 thousand" / "584,000") is missed too.
    /// </summary>
    public const double OtherFigures = 0.4;

    /// <summary>
    /// The larger of letter likeness and word overlap (Dice), cut when the figures disagree. A denial ("was not a political
    /// murder") is not caught: negation words are stop words to the word index, and cutting on them lost more reworded
    /// duplicates on the labelled pairs ("almost no allies" / "hardly any allies") than opposite claims it caught.
    /// </summary>
    public static double Score(LikenessSignals signals, string typed, string statement)
    {
        var words = signals.TypedWords + signals.StatementWords == 0 ? 0 : 2.0 * signals.SharedWords / (signals.TypedWords + signals.StatementWords);
        var score = Math.Max(signals.Trigram, words);
        var typedFigures = Figures(typed);
        var statementFigures = Figures(statement);
        if (typedFigures.Count > 0 && statementFigures.Count > 0 && !typedFigures.Overlaps(statementFigures)) score *= OtherFigures;
        return score;
    }

    public static bool IsSame(double score) => score >= Threshold;

    /// <summary>The numbers in a text, written one way: "584,000" and "584000" are one figure; "1.5" stays "1.5".</summary>
    public static HashSet<string> Figures(string text) =>
        [.. FigurePattern().Matches(text).Select(m => m.Value.Replace(",", "", StringComparison.Ordinal).TrimEnd('.'))];

    [GeneratedRegex(@"\d[\d,]*(\.\d+)?")]
    private static partial Regex FigurePattern();
}

/// <summary>What was typed, fit to compare: control characters (a NUL is refused by PostgreSQL) become spaces, and a
/// long text is cut, since a statement's opening says what it is and trigram work grows with length.</summary>
public static class TypedStatement
{
    /// <summary>Longer than most statements; enough to tell one claim from another.</summary>
    public const int MaxLength = 400;

    /// <summary>Shorter than this says too little to compare (a name, "the budget").</summary>
    public const int MinLetters = 12;

    public static string? From(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        var text = new StringBuilder(Math.Min(typed.Length, MaxLength));
        foreach (var c in typed)
        {
            if (text.Length == MaxLength) break;
            text.Append(char.IsControl(c) || char.IsSurrogate(c) ? ' ' : c);
        }
        var kept = text.ToString().Trim();
        return kept.Count(char.IsLetterOrDigit) >= MinLetters ? kept : null;
    }
}
