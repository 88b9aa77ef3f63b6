using System.Security.Claims;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims;
using JasperFx;
using Marten;

namespace ClaimTrack.Web.Features.Desk.Notes;

/// <summary>
/// The desk's way to write in a claim's discussion: the role check (anyone on the desk, as stored now), then one short
/// session that loads the discussion, decides and appends. Notes never wait on the claim's version: two people
/// writing at once both get their note in (the loser of the append race decides again over the winner's note).
/// </summary>
public sealed class NoteActions(IDocumentStore store, DeskPeople people, TimeProvider clock)
{
    public Task AddAsync(ClaimsPrincipal user, Guid claimId, AddNote command) =>
        RunAsync(user, claimId, (notes, desk, by, now) => NoteDecisions.Add(notes, claimId, command, desk, by, now));

    public Task EditAsync(ClaimsPrincipal user, Guid claimId, EditNote command) =>
        RunAsync(user, claimId, (notes, desk, by, now) => NoteDecisions.Edit(notes, command, desk, by, now));

    public Task DeleteAsync(ClaimsPrincipal user, Guid claimId, DeleteNote command) =>
        RunAsync(user, claimId, (notes, _, by, now) => NoteDecisions.Delete(notes, command, by, now));

    public async Task<ClaimNotes?> LoadAsync(Guid claimId, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<ClaimNotes>(ClaimNotes.StreamFor(claimId), ct);
    }

    public async Task<IReadOnlyList<DeskPerson>> DeskAsync(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await DeskDirectory.LoadAsync(session, ct);
    }

    private async Task RunAsync(
        ClaimsPrincipal user, Guid claimId, Func<ClaimNotes?, IReadOnlyList<DeskPerson>, Actor, DateTimeOffset, IReadOnlyList<object>> decide)
    {
        // The stored roles, not the cookie's: a person an Admin removed from the desk stops writing at once.
        if ((await people.CurrentRolesAsync(user)).Count == 0)
            throw new DeskActionForbidden("Your account may no longer write on the desk. Nothing was saved.");
        for (var tries = 1; ; tries++)
        {
            await using var session = store.LightweightSession();
            if (await session.LoadAsync<ClaimTrack.Web.Features.Claims.Claim>(claimId) is null) throw new ClaimNotFound(claimId);
            var stream = await session.Events.FetchForWriting<ClaimNotes>(ClaimNotes.StreamFor(claimId));
            var events = decide(stream.Aggregate, await DeskDirectory.LoadAsync(session, default), user.ToActor(), clock.GetUtcNow());
            if (events.Count == 0) return;
            stream.AppendMany(events);
            try
            {
                await session.SaveChangesAsync();
                return;
            }
            catch (Exception e) when (tries < 3 && e is ConcurrencyException or Marten.Exceptions.ExistingStreamIdCollisionException)
            {
                // Someone else's note landed first: decide again over the discussion as it is now.
            }
        }
    }
}
