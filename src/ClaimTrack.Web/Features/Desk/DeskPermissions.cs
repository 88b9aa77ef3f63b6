using System.Security.Claims;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims.Appearances;
using ClaimTrack.Web.Features.Claims.Editing;
using ClaimTrack.Web.Features.Claims.Evidence;
using ClaimTrack.Web.Features.Claims.Publication;
using ClaimTrack.Web.Features.Claims.Registration;
using ClaimTrack.Web.Features.Claims.Verdicts;

namespace ClaimTrack.Web.Features.Desk;

/// <summary>Who may run which command. Checked on the server for every action, whatever the page showed.</summary>
public static class DeskPermissions
{
    /// <summary>The lowest role a command needs: Reporters gather and propose; Editors review, publish and correct.</summary>
    public static string RoleFor(object command) => command switch
    {
        RegisterClaim or EditClaim or RecordAppearance or AttachEvidence or CorrectEvidence or WithdrawEvidence or ProposeVerdict => DeskRoles.Reporter,
        ApproveVerdict or SendBackVerdict or PublishClaim or RetractClaim or IssueCorrection => DeskRoles.Editor,
        _ => DeskRoles.Admin,
    };

    public static bool Allows(ClaimsPrincipal user, object command) => RoleFor(command) switch
    {
        DeskRoles.Reporter => user.IsInRole(DeskRoles.Reporter) || user.IsInRole(DeskRoles.Editor) || user.IsInRole(DeskRoles.Admin),
        DeskRoles.Editor => user.IsInRole(DeskRoles.Editor) || user.IsInRole(DeskRoles.Admin),
        _ => user.IsInRole(DeskRoles.Admin),
    };
}

/// <summary>The role a command needs is missing.</summary>
public sealed class DeskActionForbidden(object command)
    : Exception($"Your role does not allow this: {command.GetType().Name} needs the {DeskPermissions.RoleFor(command)} role.");
