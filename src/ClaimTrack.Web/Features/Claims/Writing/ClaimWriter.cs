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
/// </summary>
public sealed class ClaimWriter(IDocumentStore store, TimeProvider clock, IOptions<NewsroomOptions> newsroom, NewsroomTime time)
{
    /// <returns>The new claim's version.</returns>
    public async Task<long> RegisterAsync(RegisterClaim command, Actor by, DateTimeOffset? at = null, CancellationToken ct = default)
    {
        var registered = RegisterClaimDecision.Decide(command, by, at ?? clock.GetUtcNow());
        await using var session = store.LightweightSession();
        session.Events.StartStream<Claim>(command.ClaimId, registered);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (ExistingStreamIdCollisionException)
        {
            throw new ClaimRuleBroken("A claim with this id already exists.");
        }
        return 1;
    }

    /// <summary>Runs a command against the claim as it was at <paramref name="expectedVersion"/>; a newer claim is a conflict.</summary>
    /// <returns>The claim's version after the change.</returns>
    public async Task<long> ExecuteAsync(
        Guid claimId, long expectedVersion, object command, Actor by, DateTimeOffset? at = null, CancellationToken ct = default)
    {
        await using var session = store.LightweightSession();
        try
        {
            var stream = await session.Events.FetchForWriting<Claim>(claimId, expectedVersion, ct);
            var claim = stream.Aggregate ?? throw new ClaimNotFound(claimId);
            var scale = ClaimCommandCatalog.For(command)?.ReadsScale == true ? await LoadScaleAsync(session, ct) : RatingScale.Default();
            var events = ClaimCommands.Decide(claim, command, scale, newsroom.Value, by, at ?? clock.GetUtcNow());
            if (events.Count == 0) return expectedVersion;
            stream.AppendMany(events);
            await session.SaveChangesAsync(ct);
            return expectedVersion + events.Count;
        }
        catch (ConcurrencyException)
        {
            throw await ClaimConflicts.DescribeAsync(store, claimId, expectedVersion, time, ct);
        }
    }

    public static Task<RatingScale> LoadScaleAsync(IQuerySession session, CancellationToken ct) => RatingScales.LoadAsync(session, ct);
}
