using System.Net;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Desk.Admin;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ClaimTrack.IntegrationTests.Features.Desk;

public sealed class DeskAccessTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>
{
    public static TheoryData<string> DeskRoutes => ["/desk", "/desk/today", "/desk/register", $"/desk/claims/{Guid.NewGuid()}", "/desk/review", "/desk/admin", "/desk/intake", "/account/password", "/account/profile"];

    [Theory]
    [MemberData(nameof(DeskRoutes))]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string path)
    {
        using var visitor = new DeskVisitor(db.App);

        var response = await visitor.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/account/login");
    }

    [Fact]
    public async Task A_reporter_reaches_the_desk_but_not_the_review_queue()
    {
        var reporter = await DeskVisitor.CreateUserAsync(db.App, DeskRoles.Reporter);
        using var visitor = new DeskVisitor(db.App);
        var (signedIn, _) = await visitor.SignInAsync(reporter.Email, DeskVisitor.Password);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signedIn.Headers.Location!.ToString().ShouldBe("http://localhost/desk");

        (await visitor.GetAsync("/desk")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await visitor.GetAsync("/desk/intake")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var home = await visitor.GetAsync("/desk/today");
        home.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await home.Content.ReadAsStringAsync()).ShouldContain("No open claim is assigned to you.");
        var review = await visitor.GetAsync("/desk/review");

        review.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        review.Headers.Location!.ToString().ShouldContain("/account/denied");
    }

    [Fact]
    public async Task An_editor_reaches_the_review_queue()
    {
        var editor = await DeskVisitor.CreateUserAsync(db.App, DeskRoles.Editor);
        using var visitor = new DeskVisitor(db.App);
        await visitor.SignInAsync(editor.Email, DeskVisitor.Password);

        (await visitor.GetAsync("/desk/review")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_five_failures_lock_the_account()
    {
        var reporter = await DeskVisitor.CreateUserAsync(db.App, DeskRoles.Reporter);
        using var visitor = new DeskVisitor(db.App);

        var (first, body) = await visitor.SignInAsync(reporter.Email, "wrong-password-1");
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        body.ShouldContain("The email or the password is wrong.");
        for (var i = 0; i < 4; i++) await visitor.SignInAsync(reporter.Email, "wrong-password-1");

        var (locked, lockedBody) = await visitor.SignInAsync(reporter.Email, DeskVisitor.Password);
        locked.StatusCode.ShouldBe(HttpStatusCode.OK);
        lockedBody.ShouldContain("locked for 15 minutes");
    }

    [Fact]
    public async Task Signing_out_needs_the_form_token()
    {
        using var visitor = new DeskVisitor(db.App);

        (await visitor.PostAsync("/account/logout")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_return_address_elsewhere_is_ignored_after_sign_in()
    {
        var reporter = await DeskVisitor.CreateUserAsync(db.App, DeskRoles.Reporter);
        using var visitor = new DeskVisitor(db.App);

        var (elsewhere, _) = await visitor.SignInAsync(reporter.Email, DeskVisitor.Password, "https://evil.example.org/desk");
        var (local, _) = await visitor.SignInAsync(reporter.Email, DeskVisitor.Password, "/desk/review");

        elsewhere.Headers.Location!.ToString().ShouldBe("http://localhost/desk");
        local.Headers.Location!.ToString().ShouldBe("http://localhost/desk/review");
    }

    [Fact]
    public async Task Anonymous_visitors_come_back_to_the_page_they_asked_for()
    {
        using var visitor = new DeskVisitor(db.App);

        var response = await visitor.GetAsync("/desk/review");

        response.Headers.Location!.ToString().ShouldContain("returnUrl=%2Fdesk%2Freview");
    }

    [Fact]
    public async Task Signing_out_tells_the_browser_to_forget_the_desks_unsaved_text()
    {
        var reporter = await DeskVisitor.CreateUserAsync(db.App, DeskRoles.Reporter);
        using var visitor = new DeskVisitor(db.App);
        await visitor.SignInAsync(reporter.Email, DeskVisitor.Password);

        var signedOut = await visitor.SignOutAsync();

        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signedOut.Headers.GetValues("Clear-Site-Data").ShouldBe(["\"storage\""]);
    }

    [Fact]
    public async Task A_cookie_copied_before_sign_out_is_refused_after_it()
    {
        var reporter = await DeskVisitor.CreateUserAsync(db.App, DeskRoles.Reporter);
        using var visitor = new DeskVisitor(db.App);
        await visitor.SignInAsync(reporter.Email, DeskVisitor.Password);
        using var copy = visitor.WithCopiedCookies();
        (await copy.GetAsync("/desk")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var signedOut = await visitor.SignOutAsync();
        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var after = await copy.GetAsync("/desk");
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.ToString().ShouldContain("/account/login");
    }

    [Fact]
    public async Task A_cookie_issued_before_a_role_change_is_refused_on_the_next_request()
    {
        var editor = await DeskVisitor.CreateUserAsync(db.App, DeskRoles.Editor);
        using var visitor = new DeskVisitor(db.App);
        await visitor.SignInAsync(editor.Email, DeskVisitor.Password);
        (await visitor.GetAsync("/desk/review")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await db.App.Services.GetRequiredService<AdminActions>().SetRoleAsync(
            await DeskStaff.NewAsync(db.App, DeskRoles.Admin), editor.Id, DeskRoles.Reporter);

        var review = await visitor.GetAsync("/desk/review");
        review.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        review.Headers.Location!.ToString().ShouldContain("/account/login");
    }

    [Fact]
    public async Task Open_desk_pages_check_their_sign_in_against_the_database()
    {
        using var scope = db.App.Services.CreateScope();

        scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>().ShouldBeOfType<DeskRevalidatingAuthenticationStateProvider>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DeskUser>>();
        var identity = scope.ServiceProvider.GetRequiredService<IOptions<IdentityOptions>>().Value;
        var editor = await DeskStaff.NewAsync(db.App, DeskRoles.Editor);
        (await DeskRevalidatingAuthenticationStateProvider.StampStillValidAsync(users, identity, editor)).ShouldBeTrue();

        await db.App.Services.GetRequiredService<AdminActions>().SetRoleAsync(
            await DeskStaff.NewAsync(db.App, DeskRoles.Admin), DeskStaff.IdOf(editor), DeskRoles.Reporter);

        (await DeskRevalidatingAuthenticationStateProvider.StampStillValidAsync(users, identity, editor)).ShouldBeFalse();
    }
}
