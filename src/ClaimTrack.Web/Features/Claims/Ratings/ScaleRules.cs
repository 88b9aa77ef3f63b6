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
        var problems = new List<string>();
        foreach (var kept in current.Ratings.Where(r => proposed.Find(r.Key) is null))
            problems.Add($"The rating \"{kept.Label}\" cannot be removed, only retired: published verdicts use it.");
        if (proposed.Ratings.GroupBy(r => r.Key).Any(g => g.Count() > 1)) problems.Add("Two ratings have the same key.");
        foreach (var twin in proposed.Ratings.GroupBy(r => r.Label.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            problems.Add($"Two ratings are called \"{twin.Key}\": readers could not tell them apart.");
        foreach (var r in proposed.Ratings)
        {
            if (LabelProblem(r.Label) is not null) problems.Add($"Every rating needs a one-line label of at most {LabelLimit} characters ({r.Key}).");
            if (ValueProblem(proposed, r.ClaimReviewValue) is not null)
                problems.Add($"\"{r.Label}\" has the value {r.ClaimReviewValue}, outside {proposed.WorstRating} to {proposed.BestRating}.");
            if (ColourProblem(r.Colour) is not null) problems.Add($"\"{r.Label}\" needs a colour like #1b7f3b.");
            if (DefinitionProblem(r.Definition) is { } definition) problems.Add($"\"{r.Label}\": {definition}");
            foreach (var (language, words) in r.Translations ?? new Dictionary<string, RatingWords>())
            {
                if (words.Label.Length > 0 && LabelProblem(words.Label) is { } label) problems.Add($"\"{r.Label}\" in {language}: {label}");
                if (DefinitionProblem(words.Definition) is { } meaning) problems.Add($"\"{r.Label}\" in {language}: {meaning}");
            }
        }
        if (proposed.BestRating <= proposed.WorstRating) problems.Add("The best rating value must be above the worst.");
        if (problems.Count > 0) throw new ClaimRuleBroken(string.Join(" ", problems));
    }

    /// <summary>A new rating, checked field by field so the form can mark each field.</summary>
    /// <returns>The key the rating gets: its label as a slug.</returns>
    public static string CheckNew(RatingScale current, NewRating rating)
    {
        var errors = new Dictionary<string, string[]>();
        var key = KeyFor(rating.Label);
        var labelProblem = LabelProblem(rating.Label)
            ?? (key.Length == 0 ? "Use letters or digits in the label." : null)
            ?? TakenProblem(current, key, rating.Label.Trim());
        if (labelProblem is not null) errors["Label"] = [labelProblem];
        if (ValueProblem(current, rating.ClaimReviewValue) is { } value) errors["ClaimReviewValue"] = [value];
        if (ColourProblem(rating.Colour) is { } colour) errors["Colour"] = [colour];
        if (string.IsNullOrWhiteSpace(rating.Definition)) errors["Definition"] = ["Say what the rating means: readers see it on the methodology page."];
        else if (DefinitionProblem(rating.Definition) is { } definition) errors["Definition"] = [definition];
        if (errors.Count > 0) throw new ClaimInputInvalid(errors);
        return key;
    }

    // Slugs.From says "untitled" for a label with no letters; here that would be a real key, so it means none.
    public static string KeyFor(string label) => Slugs.From(label, LabelLimit) is var slug && slug != "untitled" ? slug : "";

    private static string? LabelProblem(string label) =>
        string.IsNullOrWhiteSpace(label) ? "Give the rating a label."
        : label.Length > LabelLimit ? $"Keep the label to {LabelLimit} characters."
        : label.Contains('\n', StringComparison.Ordinal) || label.Contains('\r', StringComparison.Ordinal) ? "The label fits on one line."
        : InputCheck.HasUnshowable(label) ? "The label contains an invisible control character: remove it."
        : null;

    private static string? DefinitionProblem(string definition) =>
        definition.Length > DefinitionLimit ? $"Keep the definition to {DefinitionLimit} characters."
        : InputCheck.HasUnshowable(definition) ? "The definition contains an invisible control character: remove it."
        : null;

    // Retired ratings count: their keys stay on old verdicts, so a new rating may never take one over.
    private static string? TakenProblem(RatingScale current, string key, string label) =>
        current.Find(key) is { } same ? $"The scale already has the key \"{key}\" (\"{same.Label}\"{(same.Retired ? ", retired" : "")}): choose another label."
        : current.Ratings.Find(r => string.Equals(r.Label.Trim(), label, StringComparison.OrdinalIgnoreCase)) is { } twin
            ? $"A rating is already called \"{twin.Label}\"." : null;

    private static string? ValueProblem(RatingScale scale, int value) =>
        value < scale.WorstRating || value > scale.BestRating
            ? $"The ClaimReview value must be from {scale.WorstRating} (worst) to {scale.BestRating} (best)." : null;

    private static string? ColourProblem(string colour) => Colour().IsMatch(colour) ? null : "Give a colour like #1b7f3b.";

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex Colour();
}
