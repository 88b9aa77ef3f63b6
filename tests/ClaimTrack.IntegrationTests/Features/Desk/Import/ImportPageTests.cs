using System.Security.Claims;
using Bunit;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims.OtherFactChecks;
using ClaimTrack.Web.Features.Desk.Pages;
using Marten;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using static ClaimTrack.IntegrationTests.Features.Desk.Import.ClaimReviewFeeds;
using SecurityClaim = System.Security.Claims.Claim;

namespace ClaimTrack.IntegrationTests.Features.Desk.Import;

/// <summary>bUnit: the import page and the register page it leads to, with the app's services over PostgreSQL.</summary>
public sealed class ImportPageTests : BunitContext, IClassFixture<ImportDatabase>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly ImportDatabase _db;

    public ImportPageTests(ImportDatabase db)
    {
        _db = db;
        Services.AddMudServices();
        Services.AddFallbackServiceProvider(db.App.Services);
        JSInterop.Mode = JSRuntimeMode.Loose;
        var auth = AddAuthorization();
        auth.SetAuthorized("Imke Editor");
        auth.SetRoles(DeskRoles.Editor);
        DeskStaff.PrincipalAsync(db.App, "editor-import-page", "Imke Editor", DeskRoles.Editor).GetAwaiter().GetResult();
        auth.SetClaims(new SecurityClaim(ClaimTypes.NameIdentifier, "editor-import-page"), new SecurityClaim(DeskClaimsFactory.DisplayNameClaim, "Imke Editor"));
        auth.SetPolicies(DeskRoles.Policies.Editor, DeskRoles.Policies.Reporter);
        Render<MudPopoverProvider>();
    }

    [Fact]
    public async Task An_editor_imports_an_address_sees_the_counts_and_dismisses_a_candidate()
    {
        var words = $"The harbour will be dredged by {Guid.NewGuid():N}";
        var path = $"/{Guid.NewGuid():N}/feed.json";
        _db.Site.Serve(path, "application/json", Feed(Review($"https://checkers.example.org/{Guid.NewGuid():N}", words, "Port Chief"), NotAReview));
        var page = Render<ImportPage>();

        await page.Find(".import-address input").ChangeAsync(_db.Site.Url(path).AbsoluteUri);
        // Found and clicked in one turn of the renderer: the change re-renders the page, and a button found before that
        // render carries a handler id the new render has dropped (seen on a loaded machine).
        await page.InvokeAsync(() => page.Find(".import-from-address").ClickAsync(new MouseEventArgs()));

        page.WaitForAssertion(() =>
        {
            page.Find(".import-counts").TextContent.ShouldBe("1 new, 0 already known, 0 matched, 1 candidates, 1 skipped.");
            page.Find(".import-skipped").TextContent.ShouldContain("not a ClaimReview (a NewsArticle)");
            page.Find(".candidates").TextContent.ShouldContain(words);
        }, Patience);

        var row = page.FindAll(".candidates tr").Single(r => r.TextContent.Contains(words, StringComparison.Ordinal));
        await row.QuerySelectorAll("button").Single(b => b.TextContent.Contains("Dismiss", StringComparison.Ordinal)).ClickAsync(new MouseEventArgs());

        page.WaitForAssertion(() => page.Markup.ShouldNotContain(words), Patience);
    }

    [Fact]
    public async Task A_bad_address_is_said_on_the_page_not_an_error()
    {
        var page = Render<ImportPage>();

        await page.Find(".import-address input").ChangeAsync("not an address");
        // Found and clicked in one turn of the renderer: the change re-renders the page, and a button found before that
        // render carries a handler id the new render has dropped (seen on a loaded machine).
        await page.InvokeAsync(() => page.Find(".import-from-address").ClickAsync(new MouseEventArgs()));

        page.WaitForAssertion(() => page.Find(".import-problem").TextContent.ShouldContain("full web address"), Patience);
    }

    [Fact]
    public async Task Register_as_a_claim_fills_the_form_from_the_candidate()
    {
        var words = $"Every school has a library {Guid.NewGuid():N}";
        var editor = await DeskStaff.PrincipalAsync(_db.App, "editor-import-page", "Imke Editor", DeskRoles.Editor);
        await _db.App.Services.GetRequiredService<Web.Features.Desk.Import.ClaimReviewImporter>()
            .ImportTextAsync(editor, "feed.json", Feed(Review($"https://checkers.example.org/{Guid.NewGuid():N}", words, "School Board", "Libraryfacts")), default);
        await using var session = _db.App.Store.QuerySession();
        var candidate = await session.Query<OtherReview>().SingleAsync(r => r.Details.ClaimReviewed == words);
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/desk/register?from-review={candidate.Id}");

        var register = Render<RegisterClaimPage>();

        register.WaitForAssertion(() =>
        {
            register.Find(".from-review").TextContent.ShouldContain("Libraryfacts");
            register.FindAll("textarea").Select(t => t.TextContent).ShouldContain(words);
        }, Patience);
    }
}
