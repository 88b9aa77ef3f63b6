namespace ClaimTrack.Web.Features.Claims.Ratings;

/// <summary>What changed between two versions of the scale, in the plain words the change log shows.</summary>
public static class ScaleChanges
{
    public static IReadOnlyList<string> Between(RatingScale before, RatingScale after)
    {
        var lines = new List<string>();
        if (before.WorstRating != after.WorstRating || before.BestRating != after.BestRating)
            lines.Add($"Changed the ClaimReview range from {before.WorstRating}–{before.BestRating} to {after.WorstRating}–{after.BestRating}.");
        foreach (var now in after.Ratings)
        {
            if (before.Find(now.Key) is not { } was) { lines.Add(Added(now)); continue; }
            if (was.Label != now.Label) lines.Add($"Renamed \"{was.Label}\" to \"{now.Label}\".");
            if (was.ClaimReviewValue != now.ClaimReviewValue)
                lines.Add($"Changed the ClaimReview value of \"{now.Label}\" from {was.ClaimReviewValue} to {now.ClaimReviewValue}.");
            if (!string.Equals(was.Colour, now.Colour, StringComparison.OrdinalIgnoreCase))
                lines.Add($"Changed the colour of \"{now.Label}\" from {was.Colour} to {now.Colour}.");
            if (was.Definition != now.Definition) lines.Add($"Changed the definition of \"{now.Label}\": \"{now.Definition}\"");
            lines.AddRange(Translations(was, now));
            if (!was.Retired && now.Retired) lines.Add($"Retired \"{now.Label}\": no longer given to new verdicts; older verdicts keep it.");
            if (was.Retired && !now.Retired) lines.Add($"Restored \"{now.Label}\": it can be given to new verdicts again.");
        }
        return lines;
    }

    // One line per language and kind of word, so the log says which translation changed, not just that one did.
    private static IEnumerable<string> Translations(Rating was, Rating now)
    {
        var languages = (was.Translations?.Keys ?? []).Union(now.Translations?.Keys ?? []).Order(StringComparer.Ordinal);
        foreach (var language in languages)
        {
            var (before, after) = (was.WordsIn(language) ?? new("", ""), now.WordsIn(language) ?? new("", ""));
            if (before.Label != after.Label)
                yield return after.Label.Length == 0 ? $"Removed the {language} label of \"{now.Label}\"."
                    : $"Set the {language} label of \"{now.Label}\" to \"{after.Label}\".";
            if (before.Definition != after.Definition)
                yield return after.Definition.Length == 0 ? $"Removed the {language} definition of \"{now.Label}\"."
                    : $"Changed the {language} definition of \"{now.Label}\": \"{after.Definition}\"";
        }
    }

    public static string Added(Rating rating) => $"Added \"{rating.Label}\" (ClaimReview value {rating.ClaimReviewValue}): \"{rating.Definition}\"";
}
