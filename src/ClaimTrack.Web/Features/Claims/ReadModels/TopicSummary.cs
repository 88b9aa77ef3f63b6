using JasperFx.Events;
using Marten.Events.Projections;

namespace ClaimTrack.Web.Features.Claims.ReadModels;

/// <summary>A topic's page in numbers, keyed by the topic's slug.</summary>
public sealed class TopicSummary
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>The name as readers last saw it published (<see cref="Name"/> follows the desk's drafts too).</summary>
    public string? ReaderName { get; set; }
    public int ClaimCount { get; set; }
    public RatingTally Tally { get; set; } = new();
}

// Async for the same reason as ClaimantSummaryProjection: ordered, race-free counts.
public sealed class TopicSummaryProjection : MultiStreamProjection<TopicSummary, string>
{
    public TopicSummaryProjection()
    {
        Identities<ClaimRegistered>(KeysOf);
        Identities<ClaimRetagged>(KeysOf);
        Identities<ClaimPublished>(KeysOf);
        Identities<ClaimRetracted>(KeysOf);
    }

    /// <summary>The summaries (topic slugs) an event counts in; shared with the benchmark loader.</summary>
    public static IReadOnlyList<string> KeysOf(object e) => e switch
    {
        ClaimRegistered r => SlugsOf(r.Topics),
        ClaimRetagged t => SlugsOf([.. t.Added, .. t.Removed]),
        ClaimPublished p => [.. (p.Previous?.TopicSlugs ?? []).Union(p.Content.Facets.TopicSlugs)],
        ClaimRetracted r => r.Withdrawn.TopicSlugs,
        _ => [],
    };

    public override TopicSummary? Evolve(TopicSummary? snapshot, string id, IEvent e)
    {
        snapshot ??= new TopicSummary { Id = id };
        switch (e.Data)
        {
            case ClaimRegistered registered:
                Count(snapshot, registered.Topics, +1);
                break;
            case ClaimRetagged retagged:
                Count(snapshot, retagged.Added, +1);
                Count(snapshot, retagged.Removed, -1);
                break;
            case ClaimPublished published:
                var publishedName = published.Content.Topics.FirstOrDefault(t => Slugs.From(t) == id);
                if (snapshot.Name.Length == 0) snapshot.Name = publishedName ?? id;
                if (publishedName is not null) snapshot.ReaderName = publishedName;
                snapshot.Tally.Apply(published, f => f.TopicSlugs, id);
                break;
            case ClaimRetracted retracted:
                snapshot.Tally.Remove(retracted.Withdrawn.Rating);
                break;
        }
        return snapshot;
    }

    private static void Count(TopicSummary summary, IEnumerable<string> topics, int by)
    {
        foreach (var topic in topics.Where(t => Slugs.From(t) == summary.Id))
        {
            if (by > 0) summary.Name = topic;
            summary.ClaimCount += by;
        }
    }

    private static string[] SlugsOf(IEnumerable<string> topics) => [.. topics.Select(t => Slugs.From(t)).Distinct()];
}
