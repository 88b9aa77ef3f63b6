using System.Security.Claims;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Claims.Timeline;
using ClaimTrack.Web.Features.Desk;
using Marten;

namespace ClaimTrack.Web.Features.ReaderRequests.Desk;

/// <summary>How many requests wait at each stage, for the queue's chips.</summary>
public sealed record QueueCounts(int Received, int BeingLookedAt, int Answered, int Closed, int Tips, int Corrections);

/// <summary>
/// The desk's triage of reader requests. Every step checks the person's stored role on the server, whatever the page
/// showed: looking, assigning and turning a tip into a claim are a Reporter's; a reply, a linked correction and a
/// closing reason are read by the reader on the status page, so they are an Editor's, as publishing is.
/// </summary>
public sealed class IntakeActions(IDocumentStore store, IntakeWriter writer, DeskPeople people) : IClaimLeads
{
    public const int QueueSize = 200;

    public async Task<IReadOnlyList<ReaderRequest>> QueueAsync(ClaimsPrincipal user, RequestStage? stage, RequestKind? kind)
    {
        await DemandAsync(user, NewsroomRole.Reporter, "read reader requests");
        await using var session = store.QuerySession();
        var query = session.Query<ReaderRequest>().AsQueryable();
        query = stage is { } s ? query.Where(r => r.Stage == s) : query.Where(r => r.Stage != RequestStage.Closed);
        if (kind is { } k) query = query.Where(r => r.Kind == k);
        return await query.OrderBy(r => r.ReceivedAt).Take(QueueSize).ToListAsync();
    }

    /// <summary>The latest requests of a kind at a stage, newest first: what just came in, for the desk home. Not the
    /// queue's tail: the queue is oldest first and capped, so past its cap it never reaches the newest.</summary>
    public async Task<IReadOnlyList<ReaderRequest>> NewestAsync(ClaimsPrincipal user, RequestStage stage, RequestKind kind, int count)
    {
        await DemandAsync(user, NewsroomRole.Reporter, "read reader requests");
        await using var session = store.QuerySession();
        return await session.Query<ReaderRequest>().Where(r => r.Stage == stage && r.Kind == kind)
            .OrderByDescending(r => r.ReceivedAt).Take(Math.Clamp(count, 1, QueueSize)).ToListAsync();
    }

    public async Task<QueueCounts> CountsAsync(ClaimsPrincipal user)
    {
        await DemandAsync(user, NewsroomRole.Reporter, "read reader requests");
        await using var session = store.QuerySession();
        // Counted in the database (the stage is a column of its own), never by loading every request.
        var requests = session.Query<ReaderRequest>();
        return new(
            await requests.CountAsync(r => r.Stage == RequestStage.Received),
            await requests.CountAsync(r => r.Stage == RequestStage.BeingLookedAt),
            await requests.CountAsync(r => r.Stage == RequestStage.Answered),
            await requests.CountAsync(r => r.Stage == RequestStage.Closed),
            await requests.CountAsync(r => r.Stage != RequestStage.Closed && r.Kind == RequestKind.Tip),
            await requests.CountAsync(r => r.Stage != RequestStage.Closed && r.Kind == RequestKind.Correction));
    }

    /// <summary>The public steps of a claim a correction request can be linked to, newest first.</summary>
    public async Task<IReadOnlyList<VerdictUpdate>> CorrectionsOfAsync(ClaimsPrincipal user, Guid claimId)
    {
        await DemandAsync(user, NewsroomRole.Reporter, "read reader requests");
        await using var session = store.QuerySession();
        return await session.Query<VerdictUpdate>().Where(u => u.ClaimId == claimId && u.Kind != TimelineEntryKind.Verdict)
            .OrderByDescending(u => u.At).ToListAsync();
    }

    public async Task<ReaderRequest> AssignToMeAsync(ClaimsPrincipal user, ReaderRequest seen)
    {
        await DemandAsync(user, NewsroomRole.Reporter, "assign a request");
        var me = user.ToActor();
        return await writer.DecideAsync(seen.Id, seen.Version, (request, at) => RequestDecisions.Assign(request, me, me, at));
    }

    /// <summary>The people a request can be assigned to: every account with a role that an Admin has not locked.</summary>
    public async Task<IReadOnlyList<Actor>> ColleaguesAsync(ClaimsPrincipal user)
    {
        await DemandAsync(user, NewsroomRole.Reporter, "assign a request");
        await using var session = store.QuerySession();
        var people = await session.Query<DeskUser>().OrderBy(u => u.DisplayName).ToListAsync();
        return [.. people.Where(p => p.Roles.Count > 0 && !p.LockedByAdmin()).Select(p => new Actor(p.Id, p.DisplayName))];
    }

    public async Task<ReaderRequest> AssignAsync(ClaimsPrincipal user, ReaderRequest seen, string personId)
    {
        await DemandAsync(user, NewsroomRole.Reporter, "assign a request");
        var to = (await ColleaguesAsync(user)).FirstOrDefault(p => p.UserId == personId)
            ?? throw new ClaimRuleBroken("That person has no desk account now (or it is locked); pick someone else.");
        return await writer.DecideAsync(seen.Id, seen.Version, (request, at) => RequestDecisions.Assign(request, to, user.ToActor(), at));
    }

    public async Task<ReaderRequest> ReplyAsync(ClaimsPrincipal user, ReaderRequest seen, string reply)
    {
        await DemandAsync(user, NewsroomRole.Editor, "reply to a reader");
        return await writer.DecideAsync(seen.Id, seen.Version, (request, at) => RequestDecisions.Answer(request, reply, user.ToActor(), at));
    }

    public async Task<ReaderRequest> LinkCorrectionAsync(ClaimsPrincipal user, ReaderRequest seen, Guid updateId)
    {
        await DemandAsync(user, NewsroomRole.Editor, "link a correction");
        await using var session = store.QuerySession();
        var update = await session.LoadAsync<VerdictUpdate>(updateId) ?? throw new ClaimRuleBroken("That correction is not published.");
        return await writer.DecideAsync(seen.Id, seen.Version, (request, at) => RequestDecisions.LinkCorrection(request, update.Id, update.ClaimId, user.ToActor(), at));
    }

    public async Task<ReaderRequest> CloseAsync(ClaimsPrincipal user, ReaderRequest seen, string reason)
    {
        await DemandAsync(user, NewsroomRole.Editor, "close a request");
        return await writer.DecideAsync(seen.Id, seen.Version, (request, at) => RequestDecisions.Close(request, reason, user.ToActor(), at));
    }

    public async Task<ClaimLeadDraft?> DraftAsync(ClaimsPrincipal user, Guid leadId)
    {
        await DemandAsync(user, NewsroomRole.Reporter, "turn a tip into a claim");
        await using var session = store.QuerySession();
        return await session.LoadAsync<ReaderRequest>(leadId) is { Kind: RequestKind.Tip } tip
            ? new ClaimLeadDraft(tip.Text, tip.SaidBy, tip.Where, tip.Link)
            : null;
    }

    public async Task ClaimRegisteredAsync(ClaimsPrincipal user, Guid leadId, Guid claimId)
    {
        await DemandAsync(user, NewsroomRole.Reporter, "turn a tip into a claim");
        await using var session = store.QuerySession();
        if (await session.LoadAsync<ReaderRequest>(leadId) is not { } tip) return; // not a lead of ours
        await writer.DecideAsync(tip.Id, tip.Version, (request, at) => RequestDecisions.TurnIntoClaim(request, claimId, user.ToActor(), at));
    }

    private async Task DemandAsync(ClaimsPrincipal user, NewsroomRole needed, string what)
    {
        var held = await people.CurrentRolesAsync(user);
        if (!Enum.GetValues<NewsroomRole>().Any(role => role >= needed && held.Contains(role.ToString())))
            throw new DeskActionForbidden("RoleNeededTo", $"Your role does not allow this: to {what} needs the {needed} role.", what, needed);
    }
}
