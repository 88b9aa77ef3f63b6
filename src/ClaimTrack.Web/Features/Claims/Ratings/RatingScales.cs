using JasperFx;
using Marten;

namespace ClaimTrack.Web.Features.Claims.Ratings;

/// <summary>Someone else saved the scale after the Admin loaded it; names their change so the Admin knows what to check.</summary>
public sealed class RatingScaleConflict(string newerChange)
    : Exception($"The rating scale changed while you were editing it ({newerChange}). Reload the scale and make your change again.");

/// <summary>
/// The stored rating scale, read fresh with one short query per page load (no cache: the desk must show what an Admin
/// just saved, on every node), and saved only over the version the Admin saw.
/// </summary>
public sealed class RatingScales(IDocumentStore store, TimeProvider clock)
{
    public async Task<RatingScale> CurrentAsync(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await LoadAsync(session, ct);
    }

    public static async Task<RatingScale> LoadAsync(IQuerySession session, CancellationToken ct) =>
        (await session.LoadAsync<RatingScale>(RatingScale.DocumentId, ct) ?? RatingScale.Default()).WithDefaultDefinitions();

    /// <summary>Applies an edit to the scale as stored, if it is still the version the Admin saw.</summary>
    /// <returns>The saved scale, with its new version.</returns>
    public async Task<RatingScale> ChangeAsync(Guid seenVersion, Func<RatingScale, DateTimeOffset, RatingScale> edit, CancellationToken ct = default)
    {
        await using var session = store.LightweightSession();
        var stored = await session.LoadAsync<RatingScale>(RatingScale.DocumentId, ct);
        var current = (stored ?? RatingScale.Default()).WithDefaultDefinitions();
        if (current.Version != seenVersion) throw Conflict(current);
        var next = edit(current, clock.GetUtcNow());
        next.Version = seenVersion; // Marten checks it: a save that slipped in since the load above is refused too
        // The first save inserts: two Admins saving the default at once must not both succeed.
        if (stored is null) session.Insert(next);
        else session.Store(next);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e is ConcurrencyException or DocumentAlreadyExistsException)
        {
            throw Conflict(await CurrentAsync(ct));
        }
        return next;
    }

    private static RatingScaleConflict Conflict(RatingScale newer) =>
        new(newer.Changes.LastOrDefault() is { } last
            ? $"{last.By.Name}, {last.At:yyyy-MM-dd HH:mm} UTC: {last.What}"
            : "someone saved it first");
}
