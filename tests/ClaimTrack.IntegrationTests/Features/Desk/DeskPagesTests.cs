using System.Security.Claims;
using Bunit;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims.Appearances;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Desk.Pages;
using Microsoft.AspNetCore.Components;
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
    // Generous: on a loaded machine a save and its reload take seconds; a missing line still fails.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
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
        // The desk's actions check the stored roles: the person must exist.
        DeskStaff.PrincipalAsync(_db.App, userId, name, roles).GetAwaiter().GetResult();
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
        // The status counts and the grid's rows load separately: wait for both.
        desk.WaitForAssertion(() =>
        {
            desk.Markup.ShouldContain("The ferry carries a million passengers a year.");
            desk.Markup.ShouldContain("Draft:");
        }, Patience);

        desk.Find("input[type=text]").Input(word);
        desk.WaitForAssertion(() =>
        {
            desk.Markup.ShouldContain($"The {word} quarry");
            desk.Markup.ShouldNotContain("The ferry carries");
        }, Patience);
    }

    [Fact]
    public async Task The_grid_reads_its_filters_sort_and_page_from_the_address_and_keeps_them_there()
    {
        var topic = $"Address {Guid.NewGuid():N}"[..24];
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await new ClaimStories(_db.App.Writer) { Statement = "Alpha: the port moved a record tonnage." }.RegisterAsync($"Zed {suffix}", topic);
        await new ClaimStories(_db.App.Writer) { Statement = "Bravo: the port doubled its staff." }.RegisterAsync($"Able {suffix}", topic);
        await new ClaimStories(_db.App.Writer) { Statement = "Charlie: the ferry is always late." }.RegisterAsync($"Mid {suffix}", "Other topic");
        SignedInAs("reporter-address", "Rosa Díaz", DeskRoles.Reporter);
        var address = $"/desk?status=draft&topic={Uri.EscapeDataString(topic)}&sort=claimant&dir=desc";
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(address);

        var desk = Render<ClaimDesk>();

        desk.WaitForAssertion(() =>
        {
            var markup = desk.Markup;
            markup.ShouldNotContain("Charlie: the ferry");
            // Claimants descending: Zed before Able; the newest-first default would put Bravo first.
            markup.IndexOf("Alpha: the port", StringComparison.Ordinal).ShouldBeGreaterThan(0);
            markup.IndexOf("Alpha: the port", StringComparison.Ordinal).ShouldBeLessThan(markup.IndexOf("Bravo: the port", StringComparison.Ordinal));
        }, Patience);
        desk.FindAll("input").Select(i => i.GetAttribute("value")).ShouldContain(topic);
        // Written back as it was read (the grid rewrites the address after each load): a reload shows the same.
        navigation.Uri.ShouldEndWith(address);
    }

    [Fact]
    public void Nonsense_in_the_address_shows_the_usual_grid()
    {
        SignedInAs("reporter-nonsense", "Rosa Díaz", DeskRoles.Reporter);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/desk?sort=price&dir=up&page=-4&size=9999&status=lost&from=2025-13-40&focus=%00mine&links=%00" + new string('x', 10_000));

        var desk = Render<ClaimDesk>();

        // The grid writes its view back to the address after its first load, which may come after the counts: wait for both.
        desk.WaitForAssertion(() =>
        {
            desk.Markup.ShouldContain("Draft:");
            Services.GetRequiredService<NavigationManager>().Uri.ShouldEndWith("/desk");
        }, Patience);
    }

    [Fact]
    public async Task The_workspace_saves_an_edit_and_shows_it_in_the_history()
    {
        var story = await new ClaimStories(_db.App.Writer) { Statement = "The tunnel was finished on time." }.RegisterAsync("Roads Agency");
        SignedInAs("editor-workspace", "Amir Haddad", DeskRoles.Editor);

        var workspace = Render<ClaimWorkspace>(p => p.Add(w => w.Id, story.ClaimId));
        workspace.WaitForAssertion(() => workspace.Markup.ShouldContain("Version 1"), Patience);
        // Awaited: Save must read the typed context, so the field's change handler has to be done before the click.
        await workspace.FindAll("textarea")[1].ChangeAsync("Said in parliament during the budget debate.");
        workspace.FindAll("button").Single(b => b.TextContent.Contains("Save the claim", StringComparison.Ordinal)).Click();

        // The version and the history come from two queries: wait for the history line itself, not just the version.
        workspace.WaitForAssertion(() =>
        {
            workspace.Markup.ShouldContain("Version 2");
            workspace.Find("ol[aria-label=History] li[value='2']").TextContent
                .ShouldStartWith("Amir Haddad edited the context: «» → «Said in parliament during the budget debate.» at ");
        }, Patience);
        await using var session = _db.App.Store.QuerySession();
        (await session.LoadAsync<Web.Features.Claims.Claim>(story.ClaimId))!.Context.ShouldBe("Said in parliament during the budget debate.");
    }

    [Fact]
    public void An_unknown_claim_is_a_friendly_not_found_inside_the_desk()
    {
        SignedInAs("reporter-unknown", "Rosa Díaz", DeskRoles.Reporter);
        var workspace = Render<ClaimWorkspace>(p => p.Add(w => w.Id, Guid.NewGuid()));
        workspace.WaitForAssertion(() => workspace.Markup.ShouldContain("There is no claim with this id"), Patience);
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
        queue.WaitForAssertion(() => queue.Markup.ShouldContain("The new stadium seats sixty thousand fans."), Patience);
        var card = queue.FindAll(".mud-card").Single(c => c.TextContent.Contains("sixty thousand", StringComparison.Ordinal));
        card.QuerySelectorAll("button").Single(b => b.TextContent.Contains("Approve and publish", StringComparison.Ordinal)).Click();

        queue.WaitForAssertion(() => queue.Markup.ShouldNotContain("The new stadium seats sixty thousand fans."), Patience);
        await using var session = _db.App.Store.QuerySession();
        (await session.LoadAsync<ReaderClaim>(story.ClaimId))!.Rating.ShouldBe("mostly-true");
    }

    [Fact]
    public void Registering_without_a_date_shows_the_message_at_the_date_field()
    {
        SignedInAs("reporter-register", "Rosa Díaz", DeskRoles.Reporter);

        var page = Render<RegisterClaimPage>();
        page.FindAll("button").Single(b => b.TextContent.Trim() == "Register").Click();

        page.WaitForAssertion(() =>
        {
            var field = FieldLabelled(page, "Date it appeared");
            field.ClassList.ShouldContain("mud-input-error");
            page.Markup.ShouldContain("The date the claim appeared is required: type it or pick it.");
        }, Patience);
    }

    [Fact]
    public async Task The_workspace_removes_an_appearance_with_its_reason()
    {
        var story = await new ClaimStories(_db.App.Writer) { Statement = "The bridge carries ninety thousand cars a day." }.RegisterAsync("Bridge Trust");
        await story.DoAsync(new RecordAppearance("Wrong Outlet", null, new DateOnly(2025, 3, 2), null), ClaimStories.Reporter);
        SignedInAs("reporter-appearance", "Rosa Díaz", DeskRoles.Reporter);

        var workspace = Render<ClaimWorkspace>(p => p.Add(w => w.Id, story.ClaimId));
        workspace.WaitForAssertion(() => workspace.Markup.ShouldContain("Version 2"), Patience);
        workspace.Find("ul[aria-label=Appearances] li:nth-child(2)").QuerySelectorAll("button")
            .Single(b => b.TextContent.Trim() == "Remove").Click();
        // The reason's field appears with the next render; on a loaded machine that is not always before the next line.
        workspace.WaitForAssertion(() => FieldLabelled(workspace, "Why it is removed").QuerySelector("input").ShouldNotBeNull(), Patience);
        await FieldLabelled(workspace, "Why it is removed").QuerySelector("input")!.ChangeAsync("Another claimant's interview.");
        workspace.FindAll("button").Single(b => b.TextContent.Trim() == "Confirm removal").Click();

        workspace.WaitForAssertion(() =>
        {
            workspace.FindAll("ul[aria-label=Appearances] li").Count.ShouldBe(1);
            workspace.Find("ol[aria-label=History] li[value='3']").TextContent.ShouldStartWith("Rosa Díaz removed the appearance in Wrong Outlet");
        }, Patience);
        // A Reporter is not offered the Editor's "mark as first".
        workspace.Markup.ShouldNotContain("Mark as first");
    }

    // MudBlazor wraps each input with its label in one .mud-input-control: the field as a person finds it, by its label.
    private static AngleSharp.Dom.IElement FieldLabelled(IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> page, string label) =>
        page.FindAll(".mud-input-control").Single(c => c.QuerySelector("label")?.TextContent.Trim() == label);
}
