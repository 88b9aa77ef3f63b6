using System.Security.Claims;
using Bunit;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims.Ratings;
using ClaimTrack.Web.Features.Desk.Admin;
using ClaimTrack.Web.Features.Desk.Pages;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using SecurityClaim = System.Security.Claims.Claim;

namespace ClaimTrack.IntegrationTests.Features.Desk;

/// <summary>
/// The desk reads the stored scale, not the default one: a database of its own, since the scale is one document and
/// renaming "False" here must not change what other classes see.
/// </summary>
public sealed class RatingScaleDeskTests : BunitContext, IClassFixture<ClaimsDatabase>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly ClaimsDatabase _db;

    public RatingScaleDeskTests(ClaimsDatabase db)
    {
        _db = db;
        Services.AddMudServices();
        Services.AddFallbackServiceProvider(db.App.Services);
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public async Task The_desk_shows_renamed_retired_and_added_ratings_and_offers_only_the_ones_in_use()
    {
        var renamed = await new ClaimStories(_db.App.Writer) { Statement = "Bus fares fell by half." }.PublishedAsync("Transit Board");
        var retired = new ClaimStories(_db.App.Writer) { Statement = "The river is cleaner than ever." };
        await retired.RegisterAsync("Water Office");
        await retired.AttachEvidenceAsync();
        await retired.ProposeAsync("unproven");
        await retired.ApproveAsync();
        await ChangeScaleAsync();

        var popovers = SignedInAsEditor();
        var dialogs = Render<MudDialogProvider>();
        var desk = Render<ClaimDesk>();
        desk.WaitForAssertion(() =>
        {
            var cells = desk.FindAll(".desk-rating").Select(c => c.TextContent).ToList();
            cells.ShouldContain("Wrong");
            cells.ShouldContain("Unproven"); // retired, but the old verdict keeps its label
            cells.ShouldNotContain("False");
        }, Patience);

        var workspace = Render<ClaimWorkspace>(p => p.Add(w => w.Id, renamed.ClaimId));
        workspace.WaitForAssertion(() => workspace.Find(".current-rating").TextContent.ShouldBe("Wrong"), Patience);
        // The workspace renders again as its panels finish loading: a button found just before a render has lost its
        // handler by the click (bUnit's UnknownEventHandlerIdException), so the click finds its button afresh until it lands.
        workspace.WaitForAssertion(() => workspace.FindAll("button").Single(b => b.TextContent.Contains("Propose a revision", StringComparison.Ordinal)).Click(), Patience);
        dialogs.WaitForAssertion(() => dialogs.Markup.ShouldContain("Propose for review"), Patience);
        dialogs.Find("div.mud-input-control").MouseDown();

        popovers.WaitForAssertion(() =>
        {
            var offered = popovers.FindAll(".mud-list-item").Select(i => i.TextContent.Trim()).ToList();
            offered.ShouldContain("Needs context");
            offered.ShouldContain("Wrong");
            offered.ShouldNotContain("Unproven");
        }, Patience);
    }

    private async Task ChangeScaleAsync()
    {
        var admin = await DeskStaff.PrincipalAsync(_db.App, "admin-desk", "Lena Fischer", DeskRoles.Admin);
        var actions = _db.App.Services.GetRequiredService<AdminActions>();
        var scale = await _db.App.Services.GetRequiredService<RatingScales>().CurrentAsync(default);
        scale.Ratings[scale.Ratings.FindIndex(r => r.Key == "false")] = scale.Find("false")! with { Label = "Wrong" };
        scale.Ratings[scale.Ratings.FindIndex(r => r.Key == "unproven")] = scale.Find("unproven")! with { Retired = true };
        scale = await actions.SaveScaleAsync(admin, scale);
        await actions.AddRatingAsync(admin, scale.Version, new NewRating("Needs context", 3, "#0b57d0", "Accurate, but missing context changes its meaning."));
    }

    private IRenderedComponent<MudPopoverProvider> SignedInAsEditor()
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("Amir Haddad");
        auth.SetRoles(DeskRoles.Editor);
        // The desk's actions check the stored roles: the person must exist.
        DeskStaff.PrincipalAsync(_db.App, "editor-scale", "Amir Haddad", DeskRoles.Editor).GetAwaiter().GetResult();
        auth.SetClaims(new SecurityClaim(ClaimTypes.NameIdentifier, "editor-scale"), new SecurityClaim(DeskClaimsFactory.DisplayNameClaim, "Amir Haddad"));
        auth.SetPolicies(DeskRoles.Policies.Editor, DeskRoles.Policies.Reporter);
        return Render<MudPopoverProvider>(); // after every service: rendering freezes the container
    }
}
