using Marten;

namespace ClaimTrack.Web.Features.Claims.Writing;

/// <summary>Turns Marten's version clash into a message that names the newer change, so an editor knows what to check.</summary>
public static class ClaimConflicts
{
    internal static async Task<Exception> DescribeAsync(IDocumentStore store, Guid claimId, long expectedVersion, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        if (await session.Events.FetchStreamStateAsync(claimId, ct) is null) return new ClaimNotFound(claimId);
        var newer = await session.Events.FetchStreamAsync(claimId, fromVersion: expectedVersion + 1, token: ct);
        var latest = newer.Count > 0 ? newer[^1] : null;
        var what = latest is null ? "it was changed by someone else" : Describe(latest.Data);
        return new ClaimEditConflict(claimId, expectedVersion, latest?.Version ?? expectedVersion, what);
    }

    /// <summary>The newer change in the history's words; each command words its own events.</summary>
    public static string Describe(object @event) => ClaimCommandCatalog.Describe(@event) ?? "it was changed by someone else";
}
