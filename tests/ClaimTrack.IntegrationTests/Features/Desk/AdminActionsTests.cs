using System.Net;
using System.Security.Claims;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Desk;
using ClaimTrack.Web.Features.Desk.Admin;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.Desk;

public sealed class AdminActionsTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>
{
    private AdminActions Admin => db.App.Services.GetRequiredService<AdminActions>();

    private Task<ClaimsPrincipal> As(string role) => DeskStaff.PrincipalAsync(db.App, $"{role}-1", $"Test {role}", role);

    [Fact]
    public async Task Merging_a_duplicate_claimant_moves_its_claims_and_records_why()
    {
        var right = $"Luis Almagro {Guid.NewGuid():N}"[..21];
        var typo = right.Replace("Almagro", "Almgaro", StringComparison.Ordinal);
        var first = await new ClaimStories(db.App.Writer).RegisterAsync(typo);
        var second = await new ClaimStories(db.App.Writer).RegisterAsync(typo);

        var moved = await Admin.MergeClaimantAsync(await As(DeskRoles.Admin), Slugs.From(typo), new Claimant(right, ClaimantKind.Person, "OAS"));

        moved.ShouldBe(2);
        await using var session = db.App.Store.QuerySession();
        foreach (var id in new[] { first.ClaimId, second.ClaimId })
        {
            var claim = await session.LoadAsync<ClaimTrack.Web.Features.Claims.Claim>(id);
            claim!.Claimant.Name.ShouldBe(right);
            (await session.Events.FetchStreamAsync(id))[^1].Data.ShouldBeOfType<ClaimantChanged>().Previous.Name.ShouldBe(typo);
        }
    }

    [Fact]
    public async Task Renaming_a_claimant_keeps_their_affiliation_on_every_claim()
    {
        var old = $"Minister {Guid.NewGuid():N}"[..20];
        var story = await new ClaimStories(db.App.Writer).RegisterAsync(old);

        (await Admin.RenameClaimantAsync(await As(DeskRoles.Admin), Slugs.From(old), "Ana Reyes")).ShouldBe(1);

        await using var session = db.App.Store.QuerySession();
        var claimant = (await session.LoadAsync<ClaimTrack.Web.Features.Claims.Claim>(story.ClaimId))!.Claimant;
        (claimant.Name, claimant.Affiliation).ShouldBe(("Ana Reyes", "Minister of Interior"));
        await Should.ThrowAsync<DeskActionForbidden>(async () => await Admin.RenameClaimantAsync(await As(DeskRoles.Editor), Slugs.From("Ana Reyes"), "X"));
    }

    [Fact]
    public async Task Only_admins_merge_and_change_the_scale()
    {
        await Should.ThrowAsync<DeskActionForbidden>(async () => await Admin.MergeTopicAsync(await As(DeskRoles.Editor), "a", "b"));
        await Should.ThrowAsync<DeskActionForbidden>(async () => await Admin.SaveScaleAsync(await As(DeskRoles.Editor), ClaimTrack.Web.Features.Claims.Ratings.RatingScale.Default()));
    }

    [Fact]
    public async Task Only_admins_change_roles_lock_unlock_and_add_people()
    {
        var editor = await As(DeskRoles.Editor);
        var target = DeskStaff.IdOf(await DeskStaff.NewAsync(db.App, DeskRoles.Reporter));

        await Should.ThrowAsync<DeskActionForbidden>(() => Admin.SetRoleAsync(editor, DeskStaff.IdOf(editor), DeskRoles.Admin));
        await Should.ThrowAsync<DeskActionForbidden>(() => Admin.SetRoleAsync(editor, target, DeskRoles.Editor));
        await Should.ThrowAsync<DeskActionForbidden>(() => Admin.LockAsync(editor, target));
        await Should.ThrowAsync<DeskActionForbidden>(() => Admin.UnlockAsync(editor, target));
        await Should.ThrowAsync<DeskActionForbidden>(() => Admin.AddPersonAsync(editor, "Eve", $"eve-{Guid.NewGuid():N}@test.claimtrack", DeskVisitor.Password, DeskRoles.Admin));

        using var scope = db.App.Services.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<UserManager<DeskUser>>().FindByIdAsync(DeskStaff.IdOf(editor));
        stored!.Roles.ShouldBe([DeskRoles.Editor]);
    }

    [Fact]
    public async Task A_demoted_admin_is_refused_with_the_principal_they_signed_in_with()
    {
        var admin = await DeskStaff.NewAsync(db.App, DeskRoles.Admin);
        await Admin.SetRoleAsync(await As(DeskRoles.Admin), DeskStaff.IdOf(admin), DeskRoles.Editor);

        admin.IsInRole(DeskRoles.Admin).ShouldBeTrue();
        await Should.ThrowAsync<DeskActionForbidden>(() => Admin.MergeTopicAsync(admin, "a", "b"));
        await Should.ThrowAsync<DeskActionForbidden>(() => Admin.SetRoleAsync(admin, DeskStaff.IdOf(admin), DeskRoles.Admin));
    }

    [Fact]
    public async Task A_role_change_renews_the_security_stamp()
    {
        var reporter = await DeskStaff.NewAsync(db.App, DeskRoles.Reporter);
        using var scope = db.App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DeskUser>>();
        var before = await users.GetSecurityStampAsync((await users.GetUserAsync(reporter))!);

        await Admin.SetRoleAsync(await As(DeskRoles.Admin), DeskStaff.IdOf(reporter), DeskRoles.Editor);

        var after = (await users.FindByIdAsync(DeskStaff.IdOf(reporter)))!;
        after.SecurityStamp.ShouldNotBe(before);
        after.Roles.ShouldBe([DeskRoles.Editor]);
    }

    [Fact]
    public async Task Editors_and_reporters_cannot_open_the_admin_page()
    {
        var editor = await DeskVisitor.CreateUserAsync(db.App, DeskRoles.Editor);
        using var visitor = new DeskVisitor(db.App);
        await visitor.SignInAsync(editor.Email, DeskVisitor.Password);

        var response = await visitor.GetAsync("/desk/admin");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/account/denied");
    }
}
