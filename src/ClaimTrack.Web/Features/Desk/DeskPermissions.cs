using System.Security.Claims;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Writing;

namespace ClaimTrack.Web.Features.Desk;

/// <summary>Who may run which command. Checked on the server for every action, whatever the page showed.</summary>
public static class DeskPermissions
{
    /// <summary>The lowest role a command needs, as its catalogue entry says; anything else is an Admin's.</summary>
    public static string RoleFor(object command) => Needed(command).ToString();

    /// <summary>A role allows everything the roles below it allow.</summary>
    public static bool Allows(ClaimsPrincipal user, object command)
    {
        var needed = Needed(command);
        return Enum.GetValues<NewsroomRole>().Any(role => role >= needed && user.IsInRole(role.ToString()));
    }

    private static NewsroomRole Needed(object command) => ClaimCommandCatalog.For(command)?.Role ?? NewsroomRole.Admin;
}

/// <summary>The role a command needs is missing.</summary>
public sealed class DeskActionForbidden(object command)
    : Exception($"Your role does not allow this: {command.GetType().Name} needs the {DeskPermissions.RoleFor(command)} role.");
