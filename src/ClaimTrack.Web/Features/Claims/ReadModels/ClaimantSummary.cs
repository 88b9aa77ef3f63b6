using JasperFx.Events;
using Marten.Events.Projections;

namespace ClaimTrack.Web.Features.Claims.ReadModels;

/// <summary>A claimant's page in numbers: all claims on the desk, and the published ones by rating. Keyed by slug.</summary>
public sealed class ClaimantSummary
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public ClaimantKind Kind { get; set; }
    public string? Affiliation { get; set; }
    /// <summary>
    /// The name as readers last saw it published. <see cref="Name"/> follows the desk, drafts and unapproved edits
    /// included, so a reader page shows this one. Null until a claim of theirs is published (and in summaries projected
    /// before it existed: rebuild the read models).
    /// </summary>
    public string? ReaderName { get; set; }
    public int ClaimCount { get; set; }
    public RatingTally Tally { get; set; } = new();
}

// Async: a summary is read by pages that tolerate a second's delay, and the daemon applies events in order, so two
// desks saving claims of the same claimant at once cannot overwrite each other's counts.
public sealed class ClaimantSummaryProjection : MultiStreamProjection<ClaimantSummary, string>
{
    public ClaimantSummaryProjection()
    {
        Identities<ClaimRegistered>(KeysOf);
        Identities<ClaimantChanged>(KeysOf);
        Identities<ClaimPublished>(KeysOf);
        Identities<ClaimRetracted>(KeysOf);
    }

    /// <summary>The summaries (claimant slugs) an event counts in; shared with the benchmark loader.</summary>
    public static IReadOnlyList<string> KeysOf(object e) => e switch
    {
        ClaimRegistered r => [r.Claimant.Slug],
        ClaimantChanged c => [.. new[] { c.Previous.Slug, c.Claimant.Slug }.Distinct()],
        ClaimPublished p => [.. new[] { p.Previous?.ClaimantSlug, p.Content.Facets.ClaimantSlug }.OfType<string>().Distinct()],
        ClaimRetracted r => [r.Withdrawn.ClaimantSlug],
        _ => [],
    };

    public override ClaimantSummary? Evolve(ClaimantSummary? snapshot, string id, IEvent e)
    {
        snapshot ??= new ClaimantSummary { Id = id };
        switch (e.Data)
        {
            case ClaimRegistered registered:
                Describe(snapshot, registered.Claimant);
                snapshot.ClaimCount++;
                break;
            case ClaimantChanged changed:
                if (changed.Previous.Slug == id) snapshot.ClaimCount--;
                if (changed.Claimant.Slug == id) { Describe(snapshot, changed.Claimant); snapshot.ClaimCount++; }
                break;
            case ClaimPublished published:
                if (snapshot.Name.Length == 0) Describe(snapshot, published.Content.Claimant);
                if (published.Content.Facets.ClaimantSlug == id) snapshot.ReaderName = published.Content.Claimant.Name;
                snapshot.Tally.Apply(published, f => [f.ClaimantSlug], id);
                break;
            case ClaimRetracted retracted:
                snapshot.Tally.Remove(retracted.Withdrawn.Rating);
                break;
        }
        return snapshot;
    }

    private static void Describe(ClaimantSummary summary, Claimant claimant) =>
        (summary.Name, summary.Kind, summary.Affiliation) = (claimant.Name, claimant.Kind, claimant.Affiliation);
}
