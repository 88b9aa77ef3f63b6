using System.Net;
using System.Security.Claims;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Desk;
using ClaimTrack.Web.Features.Desk.Admin;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.Desk;

public sealed class AdminActionsTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>
{
    private AdminActions Admin => db.App.Services.GetRequiredService<AdminActions>();

    private static ClaimsPrincipal As(string role) => new(new ClaimsIdentity(
        [new System.Security.Claims.Claim(ClaimTypes.NameIdentifier, $"{role}-1"), new System.Security.Claims.Claim(ClaimTypes.Role, role)], "test"));

    [Fact]
    public async Task Merging_a_duplicate_claimant_moves_its_claims_and_records_why()
    {
        var right = $"Luis Almagro {Guid.NewGuid():N}"[..21];
        var typo = right.Replace("Almagro", "Almgaro", StringComparison.Ordinal);
        var first = await new ClaimStories(db.App.Writer).RegisterAsync(typo);
        var second = await new ClaimStories(db.App.Writer).RegisterAsync(typo);

        var moved = await Admin.MergeClaimantAsync(As(DeskRoles.Admin), Slugs.From(typo), new Claimant(right, ClaimantKind.Person, "OAS"));

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

        (await Admin.RenameClaimantAsync(As(DeskRoles.Admin), Slugs.From(old), "Ana Reyes")).ShouldBe(1);

        await using var session = db.App.Store.QuerySession();
        var claimant = (await session.LoadAsync<ClaimTrack.Web.Features.Claims.Claim>(story.ClaimId))!.Claimant;
        (claimant.Name, claimant.Affiliation).ShouldBe(("Ana Reyes", "Minister of Interior"));
        await Should.ThrowAsync<DeskActionForbidden>(() => Admin.RenameClaimantAsync(As(DeskRoles.Editor), Slugs.From("Ana Reyes"), "X"));
    }

    [Fact]
    public async Task Only_admins_merge_and_change_the_scale()
    {
        await Should.ThrowAsync<DeskActionForbidden>(() => Admin.MergeTopicAsync(As(DeskRoles.Editor), "a", "b"));
        await Should.ThrowAsync<DeskActionForbidden>(() => Admin.SaveScaleAsync(As(DeskRoles.Editor), ClaimTrack.Web.Features.Claims.Ratings.RatingScale.Default()));
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
