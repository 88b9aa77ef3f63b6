using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Desk;
using ClaimTrack.Web.Features.Desk.Admin;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.Desk;

/// <summary>A database of its own: the rule counts every Admin in it.</summary>
public sealed class LastAdminTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>
{
    private AdminActions Admin => db.App.Services.GetRequiredService<AdminActions>();

    [Fact]
    public async Task The_last_admin_cannot_be_demoted_or_locked()
    {
        var first = await DeskStaff.NewAsync(db.App, DeskRoles.Admin);
        var second = await DeskStaff.NewAsync(db.App, DeskRoles.Admin);

        // With two Admins, one may lock the other; then the one left is the last.
        await Admin.LockAsync(first, DeskStaff.IdOf(second));
        var demoted = await Should.ThrowAsync<DeskActionForbidden>(() => Admin.SetRoleAsync(first, DeskStaff.IdOf(first), DeskRoles.Editor));
        var locked = await Should.ThrowAsync<DeskActionForbidden>(() => Admin.LockAsync(first, DeskStaff.IdOf(first)));

        demoted.Message.ShouldBe(AdminActions.LastAdmin);
        locked.Message.ShouldBe(AdminActions.LastAdmin);
        DeskOutcome.From(demoted)!.Kind.ShouldBe(DeskOutcomeKind.Refused);
        using var scope = db.App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DeskUser>>();
        var stored = (await users.FindByIdAsync(DeskStaff.IdOf(first)))!;
        stored.Roles.ShouldBe([DeskRoles.Admin]);
        (await users.IsLockedOutAsync(stored)).ShouldBeFalse();

        // Once the second is back, the first may step down.
        await Admin.UnlockAsync(first, DeskStaff.IdOf(second));
        await Admin.SetRoleAsync(first, DeskStaff.IdOf(first), DeskRoles.Editor);
        (await users.FindByIdAsync(DeskStaff.IdOf(first)))!.Roles.ShouldBe([DeskRoles.Editor]);
    }

    [Fact]
    public async Task The_user_store_finds_people_by_the_role_name_identity_normalizes()
    {
        var editor = await DeskStaff.NewAsync(db.App, DeskRoles.Editor);
        using var scope = db.App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DeskUser>>();
        var person = (await users.FindByIdAsync(DeskStaff.IdOf(editor)))!;

        (await users.IsInRoleAsync(person, DeskRoles.Editor)).ShouldBeTrue();
        (await users.GetUsersInRoleAsync(DeskRoles.Editor)).Select(u => u.Id).ShouldContain(person.Id);
        (await users.AddToRoleAsync(person, DeskRoles.Reporter)).Succeeded.ShouldBeTrue();
        (await users.FindByIdAsync(person.Id))!.Roles.ShouldBe([DeskRoles.Editor, DeskRoles.Reporter]);
    }
}
