using System.Security.Claims;
using Bunit;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Desk.Layout;
using ClaimTrack.Web.Features.Desk.Notifications;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace ClaimTrack.Tests.Features.Desk.Layout;

/// <summary>bUnit: the desk's frame has one main landmark, a skip link to it, and a phone menu that lists a person's pages.</summary>
public sealed class DeskLayoutMenuTests : BunitContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public DeskLayoutMenuTests()
    {
        Services.AddMudServices();
        Services.AddLocalization();
        JSInterop.Mode = JSRuntimeMode.Loose;
        var auth = AddAuthorization();
        auth.SetAuthorized("Rosa Díaz");
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, "reporter"), new Claim(DeskClaimsFactory.DisplayNameClaim, "Rosa Díaz"));
        auth.SetPolicies(DeskRoles.Policies.Reporter);
        SetRendererInfo(new RendererInfo("Server", true));
        // The bell reads the store; its own tests cover it (NotificationBellTests), here it only takes its place.
        ComponentFactories.AddStub<NotificationBell>();
    }

    private IRenderedComponent<DeskLayout> RenderPage() =>
        Render<DeskLayout>(p => p.Add(l => l.Body, page => page.AddContent(0, "The page.")));

    [Fact]
    public void The_page_is_the_one_main_landmark_and_the_skip_link_leads_to_it()
    {
        var layout = RenderPage();

        var main = layout.FindAll("main").ShouldHaveSingleItem();
        main.Id.ShouldBe("desk-main");
        main.TextContent.ShouldContain("The page.");
        layout.Find("a.desk-skip-link").GetAttribute("href").ShouldEndWith("#desk-main");
        // The skip link is the first thing a keyboard reaches: before the app bar.
        layout.Markup.IndexOf("class=\"desk-skip-link\"", StringComparison.Ordinal)
            .ShouldBeLessThan(layout.Markup.IndexOf("<header", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_menu_opens_with_the_pages_this_role_may_open_and_the_sign_out()
    {
        var layout = RenderPage();
        layout.FindAll("#desk-menu").ShouldBeEmpty();
        var menu = layout.Find("button[aria-label=Menu]");
        menu.GetAttribute("aria-expanded").ShouldBe("false");

        await menu.ClickAsync(new MouseEventArgs());

        layout.WaitForAssertion(() =>
        {
            var links = layout.FindAll("#desk-menu a").Select(a => a.TextContent.Trim()).ToList();
            links.ShouldBe(["Today", "Claims", "Reader requests", "Profile", "Password"]);
        }, Patience);
        layout.Find("#desk-menu form[action='/account/logout'] button").TextContent.ShouldContain("Sign out");
        layout.Find("button[aria-label=Menu]").GetAttribute("aria-expanded").ShouldBe("true");
    }

    [Fact]
    public void The_bar_and_the_menu_list_the_same_pages()
    {
        var layout = RenderPage();

        var bar = layout.FindAll("nav[aria-label='Desk pages'] a").Select(a => a.GetAttribute("href")).ToList();
        bar.ShouldBe(["/desk/today", "/desk", "/desk/intake"]);
        DeskMenu.Pages.Select(p => p.Href).ShouldBeUnique();
    }
}
