using System.Net;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Components;
using ClaimTrack.Web.Features.Accounts;

namespace ClaimTrack.IntegrationTests.Features.Desk;

public sealed class DeskHeadersTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>
{
    private const string Policy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'; connect-src 'self'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    [Fact]
    public async Task The_desk_sends_one_strict_policy_and_the_safety_headers()
    {
        var reporter = await DeskVisitor.CreateUserAsync(db.App, DeskRoles.Reporter);
        using var visitor = new DeskVisitor(db.App);
        await visitor.SignInAsync(reporter.Email, DeskVisitor.Password);

        var desk = await visitor.GetAsync("/desk");

        desk.StatusCode.ShouldBe(HttpStatusCode.OK);
        ShouldHaveTheDeskHeaders(desk);
        desk.Headers.Contains("Strict-Transport-Security").ShouldBeFalse(); // plain http here
    }

    [Fact]
    public async Task The_sign_in_page_sends_them_too()
    {
        using var visitor = new DeskVisitor(db.App);

        var login = await visitor.GetAsync("/account/login");

        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        ShouldHaveTheDeskHeaders(login);
    }

    [Fact]
    public async Task Over_https_the_desk_asks_browsers_to_keep_to_https()
    {
        using var client = db.App.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        var login = await client.GetAsync(new Uri("/account/login", UriKind.Relative));

        login.Headers.GetValues("Strict-Transport-Security").Single().ShouldStartWith("max-age=");
    }

    [Fact]
    public async Task Reader_pages_keep_their_own_policy()
    {
        using var client = db.App.CreateClient();

        var home = await client.GetAsync(new Uri("/", UriKind.Relative));

        home.Headers.GetValues("Content-Security-Policy").Single().ShouldNotBe(DeskHeaders.Policy);
    }

    private static void ShouldHaveTheDeskHeaders(HttpResponseMessage response)
    {
        response.Headers.GetValues("Content-Security-Policy").ShouldBe([Policy]);
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["same-origin"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
    }
}
