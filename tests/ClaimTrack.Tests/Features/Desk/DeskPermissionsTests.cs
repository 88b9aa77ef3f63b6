using System.Security.Claims;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Evidence;
using ClaimTrack.Web.Features.Claims.Publication;
using ClaimTrack.Web.Features.Claims.Registration;
using ClaimTrack.Web.Features.Claims.Verdicts;
using ClaimTrack.Web.Features.Desk;

namespace ClaimTrack.Tests.Features.Desk;

public sealed class DeskPermissionsTests
{
    private static ClaimsPrincipal As(params string[] roles) =>
        new(new ClaimsIdentity([new System.Security.Claims.Claim(ClaimTypes.NameIdentifier, "u1"), .. roles.Select(r => new System.Security.Claims.Claim(ClaimTypes.Role, r))], "test"));

    public static TheoryData<object, string> Commands => new()
    {
        { new RegisterClaim(Guid.NewGuid(), "s", false, "c", ClaimantKind.Person, null, "o", null, new DateOnly(2025, 3, 1), null, []), DeskRoles.Reporter },
        { new AttachEvidence(Guid.NewGuid(), Claims.ClaimScenario.Details()), DeskRoles.Reporter },
        { new ProposeVerdict(Guid.NewGuid(), "false", "s", "r", null), DeskRoles.Reporter },
        { new ApproveVerdict(Guid.NewGuid()), DeskRoles.Editor },
        { new SendBackVerdict(Guid.NewGuid(), "c"), DeskRoles.Editor },
        { new PublishClaim(), DeskRoles.Editor },
        { new RetractClaim("r"), DeskRoles.Editor },
        { new IssueCorrection("s", "r", "n"), DeskRoles.Editor },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Each_command_needs_its_role_or_a_higher_one(object command, string role)
    {
        DeskPermissions.RoleFor(command).ShouldBe(role);
        DeskPermissions.Allows(As(DeskRoles.Admin), command).ShouldBeTrue();
        DeskPermissions.Allows(As(DeskRoles.Editor), command).ShouldBeTrue();
        DeskPermissions.Allows(As(DeskRoles.Reporter), command).ShouldBe(role == DeskRoles.Reporter);
        DeskPermissions.Allows(As(), command).ShouldBeFalse();
    }

    [Fact]
    public void Unknown_commands_are_for_admins_only() =>
        DeskPermissions.Allows(As(DeskRoles.Editor), new object()).ShouldBeFalse();
}
