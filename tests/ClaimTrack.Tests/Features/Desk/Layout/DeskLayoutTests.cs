using System.Net.Sockets;
using System.Security.Claims;
using Bunit;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Desk.Layout;
using ClaimTrack.Web.Features.Desk.Notifications;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Npgsql;

namespace ClaimTrack.Tests.Features.Desk.Layout;

/// <summary>bUnit: a desk page that fails shows a message it can recover from, instead of ending the page's circuit.</summary>
public sealed class DeskLayoutTests : BunitContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private Exception? _failure;

    public DeskLayoutTests()
    {
        Services.AddMudServices();
        Services.AddLocalization();
        JSInterop.Mode = JSRuntimeMode.Loose;
        var auth = AddAuthorization();
        auth.SetAuthorized("Rosa Díaz");
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, "reporter"), new Claim(DeskClaimsFactory.DisplayNameClaim, "Rosa Díaz"));
        SetRendererInfo(new RendererInfo("Server", true));
        // The bell reads the person's notifications from PostgreSQL: tested over a real database in the integration tests.
        ComponentFactories.AddStub<NotificationBell>();
    }

    private IRenderedComponent<DeskLayout> RenderPage() => Render<DeskLayout>(p => p.Add(l => l.Body, page =>
    {
        page.OpenComponent<LoadingPage>(0);
        page.AddAttribute(1, nameof(LoadingPage.Failure), (Func<Exception?>)(() => _failure));
        page.CloseComponent();
    }));

    [Fact]
    public async Task A_page_the_database_cannot_load_says_so_and_loads_on_try_again()
    {
        _failure = new NpgsqlException("Failed to connect to 127.0.0.1:5544", new SocketException((int)SocketError.ConnectionRefused));
        var layout = RenderPage();

        layout.WaitForAssertion(() => layout.Find(".desk-error").TextContent.ShouldContain("The database is not answering"), Patience);
        layout.Markup.ShouldNotContain("The page loaded.");
        // The rest of the desk still works: the menu is there, the circuit is not ended.
        layout.Markup.ShouldContain("ClaimTrack desk");

        _failure = null;
        await layout.FindAll("button").Single(b => b.TextContent.Contains("Try again", StringComparison.Ordinal)).ClickAsync(new MouseEventArgs());

        layout.WaitForAssertion(() => layout.Markup.ShouldContain("The page loaded."), Patience);
        layout.FindAll(".desk-error").ShouldBeEmpty();
    }

    [Fact]
    public void A_fault_in_a_page_is_not_called_a_database_problem()
    {
        _failure = new InvalidOperationException("Sequence contains no elements");
        var layout = RenderPage();

        layout.WaitForAssertion(() => layout.Find(".desk-error").TextContent.ShouldContain("Something went wrong on this page"), Patience);
    }

    /// <summary>A page that throws while it loads, as one does when its first query fails.</summary>
    private sealed class LoadingPage : ComponentBase
    {
        [Parameter] public Func<Exception?> Failure { get; set; } = () => null;

        protected override void OnInitialized()
        {
            if (Failure() is { } failure) throw failure;
        }

        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder) =>
            builder.AddContent(0, "The page loaded.");
    }
}
