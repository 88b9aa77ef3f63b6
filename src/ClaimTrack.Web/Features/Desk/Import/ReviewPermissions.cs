using System.Security.Claims;
using ClaimTrack.Web.Features.Accounts;

namespace ClaimTrack.Web.Features.Desk.Import;

/// <summary>
/// Imports and what follows them (linking, removing a link, dismissing) are an Editor's: a link to another
/// fact-checker's verdict goes on our public page at once, as an approval does. Checked on the server against the
/// roles stored now, like every desk action.
/// </summary>
internal static class ReviewPermissions
{
    public static async Task DemandEditorAsync(DeskPeople people, ClaimsPrincipal user, string action)
    {
        var roles = await people.CurrentRolesAsync(user);
        if (!roles.Contains(DeskRoles.Editor) && !roles.Contains(DeskRoles.Admin))
            throw new DeskActionForbidden("ImportNeedsEditor", $"Your role does not allow this: to {action} needs the Editor role. Nothing was imported or changed.", action);
    }
}
