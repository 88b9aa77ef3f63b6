using System.Security.Claims;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims.Registration;
using ClaimTrack.Web.Features.Claims.Writing;

namespace ClaimTrack.Web.Features.Desk;

/// <summary>The desk's way to change a claim: the role check, then the one write path every change takes.</summary>
public sealed class DeskActions(ClaimWriter writer, DeskPeople people)
{
    public async Task<long> RegisterAsync(ClaimsPrincipal user, RegisterClaim command)
    {
        await DemandAsync(user, command);
        return await writer.RegisterAsync(command, user.ToActor());
    }

    public async Task<long> RunAsync(ClaimsPrincipal user, Guid claimId, long expectedVersion, object command)
    {
        await DemandAsync(user, command);
        return await writer.ExecuteAsync(claimId, expectedVersion, command, user.ToActor());
    }

    // The roles stored now, not the ones in the cookie or the open page: a demoted Editor stops approving at once.
    private async Task DemandAsync(ClaimsPrincipal user, object command)
    {
        if (!DeskPermissions.Allows(await people.CurrentRolesAsync(user), command)) throw new DeskActionForbidden(command);
    }
}
