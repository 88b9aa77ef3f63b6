namespace ClaimTrack.Web.Features.Claims.Ratings;

/// <summary>One step of the newsroom's scale. ClaimReviewValue is the number schema.org ClaimReview publishes.</summary>
public sealed record Rating(string Key, string Label, int ClaimReviewValue, string Colour, bool Retired = false);

/// <summary>The newsroom's rating scale, stored as one Marten document so Admins can change it without a deploy.</summary>
public sealed class RatingScale
{
    public const string DocumentId = "rating-scale";

    public string Id { get; set; } = DocumentId;
    public List<Rating> Ratings { get; set; } = [];
    public int BestRating { get; set; } = 5;
    public int WorstRating { get; set; } = 1;

    public Rating? Find(string key) => Ratings.Find(r => r.Key == key);

    /// <summary>A rating an editor may choose today: on the scale and not retired.</summary>
    public bool Offers(string key) => Find(key) is { Retired: false };

    // Misleading and Unproven are not steps on the true/false line, but ClaimReview wants a number between
    // worst and best; alternateName (the label) is what readers and search engines actually show.
    public static RatingScale Default() => new()
    {
        Ratings =
        [
            new("true", "True", 5, "#1b7f3b"),
            new("mostly-true", "Mostly true", 4, "#4f8f2f"),
            new("half-true", "Half true", 3, "#b07d00"),
            new("mostly-false", "Mostly false", 2, "#c25400"),
            new("false", "False", 1, "#b3261e"),
            new("misleading", "Misleading", 2, "#8a3ffc"),
            new("unproven", "Unproven", 3, "#5f6368"),
        ],
    };
}
