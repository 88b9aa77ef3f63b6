namespace ClaimTrack.Web.Features.Claims.Ratings;

/// <summary>
/// The two ways an Admin changes the scale, as pure functions: each checks the rules and returns the next scale with
/// its change log extended, so the log can never miss a change that was saved.
/// </summary>
public static class ScaleEdits
{
    public static RatingScale Add(RatingScale current, NewRating rating, Actor by, DateTimeOffset at)
    {
        var key = ScaleRules.CheckNew(current, rating);
        var added = new Rating(key, rating.Label.Trim(), rating.ClaimReviewValue, rating.Colour, Definition: rating.Definition.Trim());
        var next = current.Copy();
        next.Ratings.Add(added);
        next.Changes.Add(new ScaleChange(at, by, ScaleChanges.Added(added)));
        return next;
    }

    /// <summary>Labels, values, colours, definitions and retirements as the Admin edited them.</summary>
    public static RatingScale Revise(RatingScale current, RatingScale edited, Actor by, DateTimeOffset at)
    {
        var proposed = edited.Copy();
        proposed.Ratings = [.. edited.Ratings.Select(r => Trimmed(r with { Label = r.Label.Trim(), Definition = r.Definition.Trim() }))];
        ScaleRules.Check(current, proposed);
        var lines = ScaleChanges.Between(current, proposed);
        if (lines.Count == 0) throw new ClaimRuleBroken("Nothing on the scale changed.");
        var next = current.Copy();
        (next.Ratings, next.WorstRating, next.BestRating) = (proposed.Ratings, proposed.WorstRating, proposed.BestRating);
        next.Changes.AddRange(lines.Select(what => new ScaleChange(at, by, what)));
        return next;
    }

    // Emptied translations go, so "no Spanish label" is one state, not an empty one and a missing one.
    private static Rating Trimmed(Rating rating) =>
        (rating.Translations ?? new Dictionary<string, RatingWords>()).Aggregate(rating with { Translations = null },
            (r, t) => r.Translated(t.Key, t.Value.Label, t.Value.Definition));
}
