using System.Net;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;

namespace ClaimTrack.IntegrationTests.Features.Desk;

/// <summary>The desk page carries its reconnect dialog and its last-resort error bar, and the dialog's script is served.</summary>
public sealed class DeskRecoveryStatesTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>
{
    private const string ReconnectScript = "/Features/Desk/Layout/ReconnectModal.razor.js";

    [Fact]
    public async Task A_desk_page_has_the_reconnect_dialog_saying_typed_text_is_kept_and_the_error_bar()
    {
        var reporter = await DeskVisitor.CreateUserAsync(db.App, DeskRoles.Reporter);
        using var visitor = new DeskVisitor(db.App);
        await visitor.SignInAsync(reporter.Email, DeskVisitor.Password);

        var html = await (await visitor.GetAsync("/desk")).Content.ReadAsStringAsync();

        html.ShouldContain("<dialog id=\"components-reconnect-modal\"");
        html.ShouldContain("Your typed text is kept on this page");
        html.ShouldContain("id=\"blazor-error-ui\"");
        html.ShouldContain($"src=\"{ReconnectScript[1..]}\"");
        var script = await visitor.GetAsync(ReconnectScript);
        script.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await script.Content.ReadAsStringAsync()).ShouldContain("components-reconnect-state-changed");
    }

    [Fact]
    public async Task The_sign_in_page_has_no_circuit_so_no_reconnect_dialog()
    {
        using var visitor = new DeskVisitor(db.App);

        var html = await (await visitor.GetAsync("/account/login")).Content.ReadAsStringAsync();

        html.ShouldNotContain("components-reconnect-modal");
    }
}
