using System.Security.Claims;
using Bunit;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims.Ratings;
using ClaimTrack.Web.Features.Desk;
using ClaimTrack.Web.Features.Desk.Admin;
using ClaimTrack.Web.Features.Desk.Pages;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using SecurityClaim = System.Security.Claims.Claim;

namespace ClaimTrack.IntegrationTests.Features.Desk;

/// <summary>A claim's language and the scale's words per language on the desk, over PostgreSQL (bUnit for the pages).</summary>
public sealed class ClaimLanguageDeskTests : BunitContext, IClassFixture<ClaimsDatabase>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly ClaimsDatabase _db;

    public ClaimLanguageDeskTests(ClaimsDatabase db)
    {
        _db = db;
        Services.AddMudServices();
        Services.AddFallbackServiceProvider(db.App.Services);
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    private void SignedInAs(string userId, string name, string role)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized(name);
        auth.SetRoles(role);
        DeskStaff.PrincipalAsync(_db.App, userId, name, [role]).GetAwaiter().GetResult();
        auth.SetClaims(new SecurityClaim(ClaimTypes.NameIdentifier, userId), new SecurityClaim(DeskClaimsFactory.DisplayNameClaim, name));
        auth.SetPolicies([.. DeskRoles.All.Take(Array.IndexOf(DeskRoles.All, role) + 1).Select(r => $"desk-{r.ToLowerInvariant()}")]);
        Render<MudPopoverProvider>();
    }

    [Fact]
    public async Task The_grid_filters_by_language_and_the_workspace_names_the_claims_language()
    {
        var english = await new ClaimStories(_db.App.Writer) { Statement = "The bridge opened in May." }.RegisterAsync("Grid Lingua");
        var spanish = await new ClaimStories(_db.App.Writer) { Statement = "El puente se abrió en mayo.", Language = "es" }.RegisterAsync("Grid Lingua");

        var desk = _db.App.Services.GetRequiredService<DeskQueries>();
        var rows = (await desk.PageAsync(new DeskFilter(Claimant: "Grid Lingua", Language: "es"), 0, 25, DeskSort.Updated, true, default)).Rows;
        rows.ShouldHaveSingleItem().Id.ShouldBe(spanish.ClaimId);
        DeskAddress.Parse(DeskAddress.For(DeskView.Default with { Filter = new DeskFilter(Language: "es") })).Filter.Language.ShouldBe("es");

        SignedInAs("reporter-lingua", "Rosa Díaz", DeskRoles.Reporter);
        var workspace = Render<ClaimWorkspace>(p => p.Add(w => w.Id, spanish.ClaimId));
        workspace.WaitForAssertion(() =>
            workspace.FindAll(".claim-language input").Select(i => i.GetAttribute("value")).ShouldContain("Español"), Patience);
        _ = english;
    }

    [Fact]
    public async Task The_admin_names_a_rating_in_spanish_and_the_change_is_logged_and_read_back()
    {
        SignedInAs("admin-lingua", "Lena Fischer", DeskRoles.Admin);
        var editor = Render<RatingScaleEditor>();
        editor.WaitForAssertion(() => editor.FindAll(".scale-translation[data-language=es]").Count.ShouldBe(DefaultRatings.All.Count), Patience);

        var falseRow = DefaultRatings.All.ToList().FindIndex(r => r.Key == "false");
        await editor.FindAll(".scale-translation[data-language=es]")[falseRow].QuerySelector(".translated-label input")!.ChangeAsync("Falsa");
        editor.FindAll("button").Single(b => b.TextContent.Contains("Save the scale", StringComparison.Ordinal)).Click();

        editor.WaitForAssertion(() => editor.Find(".scale-changes").TextContent.ShouldContain("Set the es label of \"False\" to \"Falsa\"."), Patience);
        var stored = await _db.App.Services.GetRequiredService<RatingScales>().CurrentAsync(default);
        (stored.LabelOf("false", "es"), stored.LabelOf("false", "en"), stored.LabelOf("misleading", "es")).ShouldBe(("Falsa", "False", "Engañoso"));
    }
}
