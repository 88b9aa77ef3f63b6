using System.Security.Claims;
using Bunit;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Desk.Pages;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using SecurityClaim = System.Security.Claims.Claim;

namespace ClaimTrack.IntegrationTests.Features.Desk;

/// <summary>
/// bUnit renders the desk's pages with the app's own services over PostgreSQL: the grid, the workspace and the review
/// queue read and write real claims; only the browser is missing (the journeys cover that).
/// </summary>
public sealed class DeskPagesTests : BunitContext, IClassFixture<ClaimsDatabase>
{
    private readonly ClaimsDatabase _db;

    public DeskPagesTests(ClaimsDatabase db)
    {
        _db = db;
        Services.AddMudServices();
        Services.AddFallbackServiceProvider(db.App.Services);
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    private void SignedInAs(string userId, string name, params string[] roles)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized(name);
        auth.SetRoles(roles);
        auth.SetClaims(new SecurityClaim(ClaimTypes.NameIdentifier, userId), new SecurityClaim(DeskClaimsFactory.DisplayNameClaim, name));
        auth.SetPolicies([.. roles.Select(r => $"desk-{r.ToLowerInvariant()}"), DeskRoles.Policies.Reporter]);
        Render<MudPopoverProvider>(); // after every service: rendering freezes the container
    }

    [Fact]
    public async Task The_grid_shows_claims_and_narrows_them_with_a_search_word()
    {
        var word = $"quarry{Guid.NewGuid():N}"[..14];
        await new ClaimStories(_db.App.Writer) { Statement = $"The {word} quarry employs five hundred people." }.RegisterAsync("Mining Board");
        await new ClaimStories(_db.App.Writer) { Statement = "The ferry carries a million passengers a year." }.RegisterAsync("Port Office");
        SignedInAs("reporter-grid", "Rosa Díaz", DeskRoles.Reporter);

        var desk = Render<ClaimDesk>();
        desk.WaitForAssertion(() => desk.Markup.ShouldContain("The ferry carries a million passengers a year."), TimeSpan.FromSeconds(10));
        desk.Markup.ShouldContain("Draft:");

        desk.Find("input[type=text]").Input(word);
        desk.WaitForAssertion(() =>
        {
            desk.Markup.ShouldContain($"The {word} quarry");
            desk.Markup.ShouldNotContain("The ferry carries");
        }, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task The_workspace_saves_an_edit_and_shows_it_in_the_history()
    {
        var story = await new ClaimStories(_db.App.Writer) { Statement = "The tunnel was finished on time." }.RegisterAsync("Roads Agency");
        SignedInAs("editor-workspace", "Amir Haddad", DeskRoles.Editor);

        var workspace = Render<ClaimWorkspace>(p => p.Add(w => w.Id, story.ClaimId));
        workspace.WaitForAssertion(() => workspace.Markup.ShouldContain("Version 1"), TimeSpan.FromSeconds(10));
        workspace.FindAll("textarea")[1].Change("Said in parliament during the budget debate.");
        // MudBlazor re-renders the field after the change; click the button of the settled render.
        workspace.WaitForState(() => workspace.FindAll("textarea")[1].TextContent.Length > 0 || workspace.RenderCount > 2, TimeSpan.FromSeconds(5));
        workspace.FindAll("button").Single(b => b.TextContent.Contains("Save the claim", StringComparison.Ordinal)).Click();

        workspace.WaitForAssertion(() => workspace.Markup.ShouldContain("Version 2"), TimeSpan.FromSeconds(10));
        workspace.Markup.ShouldContain("Amir Haddad");
        await using var session = _db.App.Store.QuerySession();
        (await session.LoadAsync<Web.Features.Claims.Claim>(story.ClaimId))!.Context.ShouldBe("Said in parliament during the budget debate.");
    }

    [Fact]
    public void An_unknown_claim_is_a_friendly_not_found_inside_the_desk()
    {
        SignedInAs("reporter-unknown", "Rosa Díaz", DeskRoles.Reporter);
        var workspace = Render<ClaimWorkspace>(p => p.Add(w => w.Id, Guid.NewGuid()));
        workspace.WaitForAssertion(() => workspace.Markup.ShouldContain("There is no claim with this id"), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task The_review_queue_approves_and_publishes_a_proposal_by_someone_else()
    {
        var story = new ClaimStories(_db.App.Writer) { Statement = "The new stadium seats sixty thousand fans." };
        await story.RegisterAsync("Sports Council");
        await story.AttachEvidenceAsync();
        await story.ProposeAsync("mostly-true");
        SignedInAs("editor-queue", "Mei Tanaka", DeskRoles.Editor);

        var queue = Render<ReviewQueue>();
        queue.WaitForAssertion(() => queue.Markup.ShouldContain("The new stadium seats sixty thousand fans."), TimeSpan.FromSeconds(10));
        var card = queue.FindAll(".mud-card").Single(c => c.TextContent.Contains("sixty thousand", StringComparison.Ordinal));
        card.QuerySelectorAll("button").Single(b => b.TextContent.Contains("Approve and publish", StringComparison.Ordinal)).Click();

        queue.WaitForAssertion(() => queue.Markup.ShouldNotContain("The new stadium seats sixty thousand fans."), TimeSpan.FromSeconds(10));
        await using var session = _db.App.Store.QuerySession();
        (await session.LoadAsync<ReaderClaim>(story.ClaimId))!.Rating.ShouldBe("mostly-true");
    }
}
