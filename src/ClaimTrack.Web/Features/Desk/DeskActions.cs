using System.Security.Claims;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims.Registration;
using ClaimTrack.Web.Features.Claims.Writing;

namespace ClaimTrack.Web.Features.Desk;

/// <summary>The desk's way to change a claim: the role check, then the one write path every change takes.</summary>
public sealed class DeskActions(ClaimWriter writer)
{
    public Task<long> RegisterAsync(ClaimsPrincipal user, RegisterClaim command)
    {
        Demand(user, command);
        return writer.RegisterAsync(command, user.ToActor());
    }

    public Task<long> RunAsync(ClaimsPrincipal user, Guid claimId, long expectedVersion, object command)
    {
        Demand(user, command);
        return writer.ExecuteAsync(claimId, expectedVersion, command, user.ToActor());
    }

    private static void Demand(ClaimsPrincipal user, object command)
    {
        if (user.Identity?.IsAuthenticated != true || !DeskPermissions.Allows(user, command)) throw new DeskActionForbidden(command);
    }
}
