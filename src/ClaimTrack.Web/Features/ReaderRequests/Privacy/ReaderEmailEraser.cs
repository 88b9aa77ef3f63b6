using JasperFx;
using Marten;

namespace ClaimTrack.Web.Features.ReaderRequests.Privacy;

/// <summary>
/// Erases a reader's email everywhere the app keeps it: the submission event, which Marten's masking rule rewrites in
/// place (<see cref="ReaderEmailMasking"/>; events are otherwise never changed), then the request document, through
/// the recorded <see cref="ReaderEmailErased"/>. Marten masks in a transaction of its own, so the order matters: a
/// failure between the two leaves the address only in the document, where the next try (the reader's, or the next
/// retention round) finds it, masks again (harmless) and records the erasure once.
/// </summary>
public sealed class ReaderEmailEraser(IDocumentStore store, TimeProvider clock)
{
    /// <returns>The request as it stands afterwards, or null when there is no such request.</returns>
    public async Task<ReaderRequest?> EraseAsync(
        Guid requestId, Func<ReaderRequest, DateTimeOffset, ReaderEmailErased?> decide, CancellationToken ct = default)
    {
        // Another node (the retention round, the reader pressing twice) may erase it meanwhile: then the second look
        // finds nothing left to erase and records nothing.
        for (var attempt = 1; ; attempt++)
        {
            await using var session = store.LightweightSession();
            var stream = await session.Events.FetchForWriting<ReaderRequest>(requestId, ct);
            if (stream.Aggregate is not { } request) return null;
            if (decide(request, clock.GetUtcNow()) is not { } erased) return request;
            await store.Advanced.ApplyEventDataMasking(masking => masking.IncludeStream(requestId), ct);
            stream.AppendOne(erased);
            try
            {
                await session.SaveChangesAsync(ct);
                return await session.LoadAsync<ReaderRequest>(requestId, ct);
            }
            catch (ConcurrencyException) when (attempt < 3)
            {
            }
        }
    }
}
