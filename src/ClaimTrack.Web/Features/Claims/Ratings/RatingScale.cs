using JasperFx.Metadata;

namespace ClaimTrack.Web.Features.Claims.Ratings;

/// <summary>
/// One step of the newsroom's scale. ClaimReviewValue is the number schema.org ClaimReview publishes; Definition says,
/// in plain words, when the desk gives this rating (readers see it on the methodology page). Label and Definition are in
/// the newsroom's default language; Translations holds them in its other languages, by language tag ("es").
/// </summary>
public sealed record Rating(
    string Key, string Label, int ClaimReviewValue, string Colour, bool Retired = false, string Definition = "",
    IReadOnlyDictionary<string, RatingWords>? Translations = null)
{
    /// <summary>The label in <paramref name="language"/>, or the default language's when the scale has none in it.</summary>
    public string LabelIn(string? language) => WordsIn(language) is { Label.Length: > 0 } words ? words.Label : Label;

    /// <summary>The definition in <paramref name="language"/>, or the default language's when the scale has none in it.</summary>
    public string DefinitionIn(string? language) => WordsIn(language) is { Definition.Length: > 0 } words ? words.Definition : Definition;

    /// <summary>The words in exactly that language, else in its main language ("es-ve" reads "es"), else none.</summary>
    public RatingWords? WordsIn(string? language)
    {
        if (language is null || Translations is null) return null;
        var tag = language.ToLowerInvariant();
        if (Translations.TryGetValue(tag, out var exact)) return exact;
        return tag.Split('-')[0] is var main && Translations.TryGetValue(main, out var general) ? general : null;
    }

    /// <summary>The translation in <paramref name="language"/> replaced; empty words remove it, so the default shows.</summary>
    public Rating Translated(string language, string label, string definition)
    {
        var next = new Dictionary<string, RatingWords>(Translations ?? new Dictionary<string, RatingWords>());
        if (string.IsNullOrWhiteSpace(label) && string.IsNullOrWhiteSpace(definition)) next.Remove(language);
        else next[language] = new RatingWords(label.Trim(), definition.Trim());
        return this with { Translations = next.Count == 0 ? null : next };
    }
}

/// <summary>A rating's label and definition in one of the newsroom's other languages; either may be empty (the default shows).</summary>
public sealed record RatingWords(string Label, string Definition);

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

    /// <summary>As <see cref="LabelOf(string?)"/>, in <paramref name="language"/> when the scale has that translation.</summary>
    public string LabelOf(string? key, string? language) => key is null ? "" : Find(key)?.LabelIn(language) ?? key;

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
    /// methodology page never shows an empty definition for them; one stored before ratings had translations gets the
    /// default ones for a default rating still called by its default name. Nothing is written: the next save keeps them.
    /// </summary>
    public RatingScale WithDefaultDefinitions()
    {
        for (var i = 0; i < Ratings.Count; i++)
        {
            if (DefaultRatings.All.FirstOrDefault(d => d.Key == Ratings[i].Key) is not { } standard) continue;
            if (Ratings[i].Definition.Length == 0) Ratings[i] = Ratings[i] with { Definition = standard.Definition };
            if (Ratings[i].Translations is null && Ratings[i].Label == standard.Label)
                Ratings[i] = Ratings[i] with { Translations = standard.Translations };
        }
        return this;
    }
}
