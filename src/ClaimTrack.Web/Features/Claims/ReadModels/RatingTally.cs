namespace ClaimTrack.Web.Features.Claims.ReadModels;

/// <summary>How many published claims a claimant or topic has, by rating: what a reader's breakdown chart draws.</summary>
public sealed class RatingTally
{
    public int Published { get; set; }
    public Dictionary<string, int> ByRating { get; set; } = [];
    public DateTimeOffset? LastPublishedAt { get; set; }

    public void Add(string rating, DateTimeOffset at)
    {
        Published++;
        ByRating[rating] = ByRating.GetValueOrDefault(rating) + 1;
        LastPublishedAt = at;
    }

    public void Remove(string rating)
    {
        Published--;
        var left = ByRating.GetValueOrDefault(rating) - 1;
        if (left > 0) ByRating[rating] = left;
        else ByRating.Remove(rating);
    }

    /// <summary>Moves one claim's publication: out of its previous facets, into the new ones, for the document <paramref name="id"/>.</summary>
    public void Apply(ClaimPublished e, Func<ReaderFacets, IEnumerable<string>> keysOf, string id)
    {
        if (e.Previous is { } previous && keysOf(previous).Contains(id)) Remove(previous.Rating);
        var now = e.Content.Facets;
        if (keysOf(now).Contains(id)) Add(now.Rating, e.At);
    }
}
