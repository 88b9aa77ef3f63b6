using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.ReaderRequests.Privacy;
using JasperFx;
using Marten;

namespace ClaimTrack.Web.Features.ReaderRequests;

/// <summary>
/// Starts reader requests and records each triage step on the request's stream. Who may take a step is checked by
/// its caller (IntakeActions), as the claim writer leaves it to the desk.
/// </summary>
public sealed class IntakeWriter(IDocumentStore store, TimeProvider clock, EmailRetentionWakeUp retention)
{
    /// <returns>The new request's id and its status token (the only time the token exists in clear).</returns>
    public async Task<(Guid Id, string Token)> SubmitTipAsync(ReaderFields form, CancellationToken cancellation = default)
    {
        var token = StatusToken.New();
        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        await StartAsync(id, new TipSubmitted(id, StatusToken.Hash(token), form[ReaderForms.Said]!, form[ReaderForms.SaidBy]!,
            form[ReaderForms.Where], form[ReaderForms.Link], form[ReaderForms.Email], now), cancellation);
        return (id, token);
    }

    public async Task<(Guid Id, string Token)> RequestCorrectionAsync(Guid claimId, string claimStatement, ReaderFields form, CancellationToken cancellation = default)
    {
        var token = StatusToken.New();
        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        await StartAsync(id, new CorrectionRequested(id, StatusToken.Hash(token), claimId, claimStatement, form[ReaderForms.Problem]!,
            form[ReaderForms.Link], form[ReaderForms.Email], now), cancellation);
        return (id, token);
    }

    /// <summary>One triage step: the decision judges the request as it is now, in the version the person saw.</summary>
    public async Task<ReaderRequest> DecideAsync(Guid id, long seenVersion, Func<ReaderRequest, DateTimeOffset, object> decide)
    {
        await using var session = store.LightweightSession();
        var stream = await session.Events.FetchForWriting<ReaderRequest>(id);
        var request = stream.Aggregate ?? throw new ClaimRuleBroken("There is no such reader request.");
        if (request.Version != seenVersion)
            throw new ClaimRuleBroken("RequestChangedMeanwhile", $"Someone else changed this request meanwhile ({request.Steps[^1].By?.Name} {request.Steps[^1].What}). Reload it and try again.",
                request.Steps[^1].By?.Name ?? "", request.Steps[^1].What);
        stream.AppendOne(decide(request, clock.GetUtcNow()));
        try { await session.SaveChangesAsync(); }
        catch (ConcurrencyException) { throw new ClaimRuleBroken("Someone else changed this request meanwhile. Reload it and try again."); }
        var changed = (await session.LoadAsync<ReaderRequest>(id))!;
        // Answered or closed with an email: with a retention of 0 days it goes now, not at the next poll.
        if (changed is { SettledAt: not null, Email: not null }) retention.Ring();
        return changed;
    }

    private async Task StartAsync(Guid id, object submitted, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession();
        session.Events.StartStream<ReaderRequest>(id, submitted);
        await session.SaveChangesAsync(cancellation);
    }
}
