using System.Text.RegularExpressions;

namespace ClaimTrack.Web.Features.Claims.Ratings;

/// <summary>A rating an Admin adds: the key is made from the label, so the form does not ask for one.</summary>
public sealed record NewRating(string Label, int ClaimReviewValue, string Colour, string Definition);

/// <summary>The rules the scale keeps (pure, so they are tested without a database).</summary>
public static partial class ScaleRules
{
    public const int LabelLimit = 40;
    public const int DefinitionLimit = 1000;

    /// <summary>An edited scale: nothing removed, every rating complete and on the scale's range.</summary>
    public static void Check(RatingScale current, RatingScale proposed)
    {
        // Each problem is a sentence of its own (a desk in another language words each), said together in one refusal.
        var problems = new List<CodedSentence>();
        foreach (var kept in current.Ratings.Where(r => proposed.Find(r.Key) is null))
            problems.Add(new("ScaleRatingKept", $"The rating \"{kept.Label}\" cannot be removed, only retired: published verdicts use it.", [kept.Label]));
        if (proposed.Ratings.GroupBy(r => r.Key).Any(g => g.Count() > 1)) problems.Add(CodedSentence.Plain("Two ratings have the same key."));
        foreach (var twin in proposed.Ratings.GroupBy(r => r.Label.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            problems.Add(new("ScaleSameLabel", $"Two ratings are called \"{twin.Key}\": readers could not tell them apart.", [twin.Key]));
        foreach (var r in proposed.Ratings)
        {
            if (LabelProblem(r.Label) is not null)
                problems.Add(new("ScaleLabelNeeded", $"Every rating needs a one-line label of at most {LabelLimit} characters ({r.Key}).", [LabelLimit, r.Key]));
            if (ValueProblem(proposed, r.ClaimReviewValue) is not null)
                problems.Add(new("ScaleValueOutside", $"\"{r.Label}\" has the value {r.ClaimReviewValue}, outside {proposed.WorstRating} to {proposed.BestRating}.",
                    [r.Label, r.ClaimReviewValue, proposed.WorstRating, proposed.BestRating]));
            if (ColourProblem(r.Colour) is not null) problems.Add(new("ScaleColour", $"\"{r.Label}\" needs a colour like #1b7f3b.", [r.Label]));
            if (DefinitionProblem(r.Definition) is { } definition)
                problems.Add(new("ScaleRatingProblem", $"\"{r.Label}\": {definition.English}", [r.Label, definition]));
            foreach (var (language, words) in r.Translations ?? new Dictionary<string, RatingWords>())
            {
                if (words.Label.Length > 0 && LabelProblem(words.Label) is { } label)
                    problems.Add(new("ScaleRatingProblemIn", $"\"{r.Label}\" in {language}: {label.English}", [r.Label, language, label]));
                if (DefinitionProblem(words.Definition) is { } meaning)
                    problems.Add(new("ScaleRatingProblemIn", $"\"{r.Label}\" in {language}: {meaning.English}", [r.Label, language, meaning]));
            }
        }
        if (proposed.BestRating <= proposed.WorstRating) problems.Add(CodedSentence.Plain("The best rating value must be above the worst."));
        if (problems.Count > 0) throw new ClaimRuleBroken(problems);
    }

    /// <summary>A new rating, checked field by field so the form can mark each field.</summary>
    /// <returns>The key the rating gets: its label as a slug.</returns>
    public static string CheckNew(RatingScale current, NewRating rating)
    {
        var check = new InputCheck();
        var key = KeyFor(rating.Label);
        var labelProblem = LabelProblem(rating.Label)
            ?? (key.Length == 0 ? CodedSentence.Plain("Use letters or digits in the label.") : null)
            ?? TakenProblem(current, key, rating.Label.Trim());
        Field(check, "Label", labelProblem);
        Field(check, "ClaimReviewValue", ValueProblem(current, rating.ClaimReviewValue));
        Field(check, "Colour", ColourProblem(rating.Colour));
        Field(check, "Definition", string.IsNullOrWhiteSpace(rating.Definition)
            ? CodedSentence.Plain("Say what the rating means: readers see it on the methodology page.")
            : DefinitionProblem(rating.Definition));
        check.ThrowIfAny();
        return key;
    }

    private static void Field(InputCheck check, string field, CodedSentence? problem)
    {
        if (problem is not null) check.That(false, field, problem.English, problem.Code, problem.Values);
    }

    // Slugs.From says "untitled" for a label with no letters; here that would be a real key, so it means none.
    public static string KeyFor(string label) => Slugs.From(label, LabelLimit) is var slug && slug != "untitled" ? slug : "";

    // A problem's code is a FieldRule name when the form shows it at a field (CheckNew), and words it in other languages.
    private static CodedSentence? LabelProblem(string label) =>
        string.IsNullOrWhiteSpace(label) ? CodedSentence.Plain("Give the rating a label.")
        : label.Length > LabelLimit ? new(FieldRule.TooLong, $"Keep the label to {LabelLimit} characters.", [label.Length, LabelLimit])
        : label.Contains('\n', StringComparison.Ordinal) || label.Contains('\r', StringComparison.Ordinal) ? CodedSentence.Plain("The label fits on one line.")
        : InputCheck.HasUnshowable(label) ? CodedSentence.Plain("The label contains an invisible control character: remove it.")
        : null;

    private static CodedSentence? DefinitionProblem(string definition) =>
        definition.Length > DefinitionLimit ? new(FieldRule.TooLong, $"Keep the definition to {DefinitionLimit} characters.", [definition.Length, DefinitionLimit])
        : InputCheck.HasUnshowable(definition) ? CodedSentence.Plain("The definition contains an invisible control character: remove it.")
        : null;

    // Retired ratings count: their keys stay on old verdicts, so a new rating may never take one over.
    private static CodedSentence? TakenProblem(RatingScale current, string key, string label) =>
        current.Find(key) is { } same
            ? new(FieldRule.KeyTaken, $"The scale already has the key \"{key}\" (\"{same.Label}\"{(same.Retired ? ", retired" : "")}): choose another label.", [key, same.Label])
        : current.Ratings.Find(r => string.Equals(r.Label.Trim(), label, StringComparison.OrdinalIgnoreCase)) is { } twin
            ? new(FieldRule.LabelTaken, $"A rating is already called \"{twin.Label}\".", [twin.Label]) : null;

    private static CodedSentence? ValueProblem(RatingScale scale, int value) =>
        value < scale.WorstRating || value > scale.BestRating
            ? new(FieldRule.ValueOutside, $"The ClaimReview value must be from {scale.WorstRating} (worst) to {scale.BestRating} (best).", [scale.WorstRating, scale.BestRating])
            : null;

    private static CodedSentence? ColourProblem(string colour) => Colour().IsMatch(colour) ? null : CodedSentence.Plain("Give a colour like #1b7f3b.");

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex Colour();
}
