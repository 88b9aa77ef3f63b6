using System.Security.Claims;
using Bunit;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims.Assignments;
using ClaimTrack.Web.Features.Desk.Assignments;
using ClaimTrack.Web.Features.Desk.Pages;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using SecurityClaim = System.Security.Claims.Claim;

namespace ClaimTrack.IntegrationTests.Features.Desk.Assignments;

/// <summary>bUnit over the app's own services and PostgreSQL: the workspace's assignment editor saves through the desk.</summary>
public sealed class AssignmentWorkspaceTests : BunitContext, IClassFixture<ClaimsDatabase>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly ClaimsDatabase _db;

    public AssignmentWorkspaceTests(ClaimsDatabase db)
    {
        _db = db;
        Services.AddMudServices();
        Services.AddFallbackServiceProvider(db.App.Services);
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public async Task An_editor_assigns_the_claim_in_the_workspace_and_the_history_and_the_claim_show_it()
    {
        var story = await new ClaimStories(_db.App.Writer) { Statement = "The new bridge carries ten thousand cars a day." }.RegisterAsync("Bridge Authority");
        var owner = await DeskStaff.NewAsync(_db.App, DeskRoles.Reporter, "Workspace Reporter");
        var auth = AddAuthorization();
        auth.SetAuthorized("Workspace Editor");
        await DeskStaff.PrincipalAsync(_db.App, "editor-assigning", "Workspace Editor", DeskRoles.Editor);
        auth.SetClaims(new SecurityClaim(ClaimTypes.NameIdentifier, "editor-assigning"), new SecurityClaim(DeskClaimsFactory.DisplayNameClaim, "Workspace Editor"));
        auth.SetPolicies(DeskRoles.Policies.Reporter, DeskRoles.Policies.Editor);
        Render<MudPopoverProvider>();

        var workspace = Render<ClaimWorkspace>(p => p.Add(w => w.Id, story.ClaimId));
        workspace.WaitForAssertion(() => workspace.Find(".assignment-owner").TextContent.ShouldBe("Nobody yet"), Patience);
        await workspace.Find(".assignment-change").ClickAsync(new MouseEventArgs());
        workspace.WaitForAssertion(() => workspace.FindAll(".assignment-save").ShouldNotBeEmpty(), Patience);
        await workspace.InvokeAsync(() => workspace.FindComponent<AssignmentPanel>().FindComponents<MudSelect<string>>()[0].Instance.ValueChanged.InvokeAsync(DeskStaff.IdOf(owner)));
        await workspace.InvokeAsync(() => workspace.FindComponent<MudSelect<ClaimPriority>>().Instance.ValueChanged.InvokeAsync(ClaimPriority.Urgent));
        await workspace.Find(".assignment-save").ClickAsync(new MouseEventArgs());

        workspace.WaitForAssertion(() =>
        {
            workspace.Find(".assignment-owner").TextContent.ShouldBe("Workspace Reporter");
            workspace.Find("ol[aria-label=History]").TextContent.ShouldContain("Workspace Editor assigned the claim to Workspace Reporter at ");
        }, Patience);
        await using var session = _db.App.Store.QuerySession();
        var claim = (await session.LoadAsync<Web.Features.Claims.Claim>(story.ClaimId))!;
        (claim.Owner?.UserId, claim.Priority).ShouldBe((DeskStaff.IdOf(owner), ClaimPriority.Urgent));
    }
}
