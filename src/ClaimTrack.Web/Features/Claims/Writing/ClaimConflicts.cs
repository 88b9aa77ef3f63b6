using Marten;

namespace ClaimTrack.Web.Features.Claims.Writing;

/// <summary>Turns Marten's version clash into a message that names the newer changes, so an editor knows what to check.</summary>
public static class ClaimConflicts
{
    // An edit can append several events at once (text, claimant, topics): name them all, but not a whole afternoon's.
    public const int NamedChanges = 3;

    internal static async Task<Exception> DescribeAsync(
        IDocumentStore store, Guid claimId, long expectedVersion, NewsroomTime time, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        if (await session.Events.FetchStreamStateAsync(claimId, ct) is null) return new ClaimNotFound(claimId);
        var newer = await session.Events.FetchStreamAsync(claimId, fromVersion: expectedVersion + 1, token: ct);
        var what = newer.Count == 0 ? "it was changed by someone else" : Describe(newer.Select(e => e.Data).ToList(), time);
        return new ClaimEditConflict(claimId, expectedVersion, newer.Count > 0 ? newer[^1].Version : expectedVersion, what)
        {
            NewerEvents = [.. newer.Select(e => e.Data)],
        };
    }

    /// <summary>The newer change in the history's words; each command words its own events.</summary>
    public static string Describe(object @event, NewsroomTime? time = null) =>
        ClaimCommandCatalog.Describe(@event, time ?? NewsroomTime.Utc) ?? "it was changed by someone else";

    /// <summary>Several changes, oldest first, as one sentence: the last few named, the rest counted.</summary>
    public static string Describe(IReadOnlyList<object> events, NewsroomTime? time = null)
    {
        var named = string.Join("; ", events.TakeLast(NamedChanges).Select(e => Describe(e, time)));
        var earlier = events.Count - NamedChanges;
        return earlier > 0 ? $"{named} (and {earlier} earlier change{(earlier == 1 ? "" : "s")})" : named;
    }
}
