using ClaimTrack.Web.Features.Claims.Ratings;
using ClaimTrack.Web.Features.Claims.Registration;
using JasperFx;
using Marten;
using Marten.Exceptions;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Claims.Writing;

/// <summary>
/// The one write path for claims: load the claim at the version the editor saw, decide, append, save.
/// One short Marten session per action, so a long-lived page never holds a session.
/// Given an action key, a save is applied at most once: the key is stored with the events, in the same transaction.
/// </summary>
public sealed class ClaimWriter(IDocumentStore store, TimeProvider clock, IOptions<NewsroomOptions> newsroom, NewsroomTime time)
{
    /// <returns>The new claim's version.</returns>
    public async Task<long> RegisterAsync(RegisterClaim command, Actor by, DateTimeOffset? at = null, CancellationToken ct = default) =>
        (await RegisterOnceAsync(null, command, by, at, ct)).Version;

    /// <summary>Registers the claim unless this action key already did.</summary>
    public async Task<SaveReceipt> RegisterOnceAsync(
        Guid? actionKey, RegisterClaim command, Actor by, DateTimeOffset? at = null, CancellationToken ct = default)
    {
        var now = at ?? clock.GetUtcNow();
        var registered = RegisterClaimDecision.Decide(command, by, now, newsroom.Value.Languages);
        await using var session = store.LightweightSession();
        if (await AlreadyDoneAsync(session, actionKey, command.ClaimId, ct) is { } done) return done;
        session.Events.StartStream<Claim>(command.ClaimId, registered);
        Record(session, actionKey, command.ClaimId, command, 1, by, now);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e is ExistingStreamIdCollisionException or DocumentAlreadyExistsException)
        {
            // Two tries of one action racing each other: the one that lost finds the winner's record.
            if (await AlreadyDoneAsync(actionKey, command.ClaimId, ct) is { } raced) return raced;
            throw new ClaimRuleBroken("A claim with this id already exists.");
        }
        return new(1, AlreadySaved: false);
    }

    /// <summary>Runs a command against the claim as it was at <paramref name="expectedVersion"/>; a newer claim is a conflict.</summary>
    /// <returns>The claim's version after the change.</returns>
    public async Task<long> ExecuteAsync(
        Guid claimId, long expectedVersion, object command, Actor by, DateTimeOffset? at = null, CancellationToken ct = default) =>
        (await ExecuteOnceAsync(null, claimId, expectedVersion, command, by, at, ct)).Version;

    /// <summary>As <see cref="ExecuteAsync"/>, unless this action key already saved: then nothing is appended.</summary>
    public async Task<SaveReceipt> ExecuteOnceAsync(
        Guid? actionKey, Guid claimId, long expectedVersion, object command, Actor by, DateTimeOffset? at = null, CancellationToken ct = default)
    {
        await using var session = store.LightweightSession();
        if (await AlreadyDoneAsync(session, actionKey, claimId, ct) is { } done) return done;
        try
        {
            var stream = await session.Events.FetchForWriting<Claim>(claimId, expectedVersion, ct);
            var claim = stream.Aggregate ?? throw new ClaimNotFound(claimId);
            var scale = ClaimCommandCatalog.For(command)?.ReadsScale == true ? await LoadScaleAsync(session, ct) : RatingScale.Default();
            var now = at ?? clock.GetUtcNow();
            var events = ClaimCommands.Decide(claim, command, scale, newsroom.Value, by, now);
            if (events.Count == 0) return new(expectedVersion, AlreadySaved: false);
            stream.AppendMany(events);
            Record(session, actionKey, claimId, command, expectedVersion + events.Count, by, now);
            await session.SaveChangesAsync(ct);
            return new(expectedVersion + events.Count, AlreadySaved: false);
        }
        catch (Exception e) when (e is ConcurrencyException or DocumentAlreadyExistsException)
        {
            if (await AlreadyDoneAsync(actionKey, claimId, ct) is { } raced) return raced;
            throw await ClaimConflicts.DescribeAsync(store, claimId, expectedVersion, time, ct);
        }
    }

    public static Task<RatingScale> LoadScaleAsync(IQuerySession session, CancellationToken ct) => RatingScales.LoadAsync(session, ct);

    private static void Record(IDocumentSession session, Guid? actionKey, Guid claimId, object command, long version, Actor by, DateTimeOffset at)
    {
        // Insert, not store: a second commit under the same key fails instead of overwriting the first one's record.
        if (actionKey is { } key) session.Insert(new SavedAction(key, claimId, command.GetType().Name, version, by.UserId, at));
    }

    private static async Task<SaveReceipt?> AlreadyDoneAsync(IQuerySession session, Guid? actionKey, Guid claimId, CancellationToken ct) =>
        actionKey is { } key ? ActionKeys.AlreadyDone(await session.LoadAsync<SavedAction>(key, ct), claimId) : null;

    private async Task<SaveReceipt?> AlreadyDoneAsync(Guid? actionKey, Guid claimId, CancellationToken ct)
    {
        if (actionKey is null) return null;
        await using var session = store.QuerySession();
        return await AlreadyDoneAsync(session, actionKey, claimId, ct);
    }
}
