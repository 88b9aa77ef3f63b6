using System.Security.Claims;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims.Registration;
using ClaimTrack.Web.Features.Claims.Writing;
using ClaimTrack.Web.Features.Desk.Assignments;

namespace ClaimTrack.Web.Features.Desk;

/// <summary>
/// The desk's way to change a claim: the role check, then the one write path every change takes. Every action carries
/// its page's attempt (a Guid made when the form opens, renewed after each success), so a retry of a save whose
/// answer was lost is recognised instead of applied twice.
/// </summary>
public sealed class DeskActions(ClaimWriter writer, DeskPeople people, AssignablePeople staff)
{
    /// <summary>The new claim's id is made when the form opens and kept until it is saved: it is the attempt.</summary>
    public async Task<SaveReceipt> RegisterAsync(ClaimsPrincipal user, RegisterClaim command)
    {
        await DemandAsync(user, command);
        return await writer.RegisterOnceAsync(ActionKeys.For(command.ClaimId, command.ClaimId, command), command, user.ToActor());
    }

    public async Task<SaveReceipt> RunAsync(ClaimsPrincipal user, Guid attempt, Guid claimId, long expectedVersion, object command)
    {
        await DemandAsync(user, command);
        // The people a command names are judged as their accounts stand now, not as the open page listed them.
        command = await staff.AsStoredAsync(command);
        return await writer.ExecuteOnceAsync(ActionKeys.For(attempt, claimId, command), claimId, expectedVersion, command, user.ToActor());
    }

    // The roles stored now, not the ones in the cookie or the open page: a demoted Editor stops approving at once.
    private async Task DemandAsync(ClaimsPrincipal user, object command)
    {
        if (!DeskPermissions.Allows(await people.CurrentRolesAsync(user), command)) throw new DeskActionForbidden(command);
    }
}
