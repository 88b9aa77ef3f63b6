using JasperFx.Metadata;

namespace ClaimTrack.Web.Features.Claims.Ratings;

/// <summary>
/// One step of the newsroom's scale. ClaimReviewValue is the number schema.org ClaimReview publishes; Definition says,
/// in plain words, when the desk gives this rating (readers see it on the methodology page).
/// </summary>
public sealed record Rating(string Key, string Label, int ClaimReviewValue, string Colour, bool Retired = false, string Definition = "");

/// <summary>A dated line in the scale's change log: readers see how the scale came to be what it is.</summary>
public sealed record ScaleChange(DateTimeOffset At, Actor By, string What);

/// <summary>
/// The newsroom's rating scale, stored as one Marten document so Admins can change it without a deploy. Versioned:
/// Marten refuses a save based on an older version, so two Admins editing at once cannot overwrite each other.
/// </summary>
public sealed class RatingScale : IVersioned
{
    public const string DocumentId = "rating-scale";

    public string Id { get; set; } = DocumentId;
    public List<Rating> Ratings { get; set; } = [];
    public int BestRating { get; set; } = 5;
    public int WorstRating { get; set; } = 1;
    /// <summary>Every change since the scale was first stored, oldest first.</summary>
    public List<ScaleChange> Changes { get; set; } = [];
    /// <summary>Marten's version of the stored document (empty while only the default exists).</summary>
    public Guid Version { get; set; }

    public Rating? Find(string key) => Ratings.Find(r => r.Key == key);

    /// <summary>A rating an editor may choose today: on the scale and not retired.</summary>
    public bool Offers(string key) => Find(key) is { Retired: false };

    /// <summary>The ratings a new verdict may take.</summary>
    public IEnumerable<Rating> Offered => Ratings.Where(r => !r.Retired);

    /// <summary>The rating's label, or its key when the scale has no such rating (never hide an old verdict).</summary>
    public string LabelOf(string? key) => key is null ? "" : Find(key)?.Label ?? key;

    public RatingScale Copy() => new()
    {
        Ratings = [.. Ratings],
        BestRating = BestRating,
        WorstRating = WorstRating,
        Changes = [.. Changes],
        Version = Version,
    };

    // Misleading and Unproven are not steps on the true/false line, but ClaimReview wants a number between
    // worst and best; alternateName (the label) is what readers and search engines actually show.
    public static RatingScale Default() => new()
    {
        Ratings = [.. DefaultRatings.All],
    };

    /// <summary>
    /// A scale stored before ratings had definitions gets the default words for the default ratings, so the
    /// methodology page never shows an empty definition for them. Nothing is written: the next save keeps them.
    /// </summary>
    public RatingScale WithDefaultDefinitions()
    {
        for (var i = 0; i < Ratings.Count; i++)
        {
            if (Ratings[i].Definition.Length > 0) continue;
            if (DefaultRatings.All.FirstOrDefault(d => d.Key == Ratings[i].Key) is { } standard)
                Ratings[i] = Ratings[i] with { Definition = standard.Definition };
        }
        return this;
    }
}
