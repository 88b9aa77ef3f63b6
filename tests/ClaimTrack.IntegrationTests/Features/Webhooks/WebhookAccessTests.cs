using System.Net;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Desk;
using ClaimTrack.Web.Features.Desk.Admin;
using ClaimTrack.Web.Features.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.Webhooks;

/// <summary>Webhooks are an Admin's, checked on the server; the default settings refuse addresses inside the network.</summary>
public sealed class WebhookAccessTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>
{
    private WebhookActions Actions => db.App.Services.GetRequiredService<WebhookActions>();

    [Theory]
    [InlineData(DeskRoles.Reporter)]
    [InlineData(DeskRoles.Editor)]
    public async Task Reporters_and_editors_cannot_manage_webhooks(string role)
    {
        var user = await DeskStaff.NewAsync(db.App, role);
        var admin = await DeskStaff.NewAsync(db.App, DeskRoles.Admin);
        var (subscription, _) = await Actions.RegisterAsync(admin, "https://partner.example.org/hook", WebhookEvents.All);

        await Should.ThrowAsync<DeskActionForbidden>(() => Actions.RegisterAsync(user, "https://other.example.org/hook", WebhookEvents.All));
        await Should.ThrowAsync<DeskActionForbidden>(() => Actions.ListAsync(user));
        await Should.ThrowAsync<DeskActionForbidden>(() => Actions.RotateSecretAsync(user, subscription));
        await Should.ThrowAsync<DeskActionForbidden>(() => Actions.SetEnabledAsync(user, subscription, false));
        await Should.ThrowAsync<DeskActionForbidden>(() => Actions.PingAsync(user, subscription.Id));
        await Should.ThrowAsync<DeskActionForbidden>(() => Actions.DeliveriesAsync(user, subscription.Id));

        (await Actions.ListAsync(admin)).Single(s => s.Id == subscription.Id).ShouldSatisfyAllConditions(
            s => s.Enabled.ShouldBeTrue(), s => s.Changes.Count.ShouldBe(1));
    }

    [Theory]
    [InlineData(DeskRoles.Reporter)]
    [InlineData(DeskRoles.Editor)]
    public async Task The_webhooks_page_turns_away_all_but_admins(string role)
    {
        var person = await DeskVisitor.CreateUserAsync(db.App, role);
        using var visitor = new DeskVisitor(db.App);
        await visitor.SignInAsync(person.Email, DeskVisitor.Password);

        var response = await visitor.GetAsync("/desk/webhooks");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/account/denied");
    }

    [Fact]
    public async Task An_admin_reaches_the_webhooks_page()
    {
        var admin = await DeskVisitor.CreateUserAsync(db.App, DeskRoles.Admin);
        using var visitor = new DeskVisitor(db.App);
        await visitor.SignInAsync(admin.Email, DeskVisitor.Password);

        var response = await visitor.GetAsync("/desk/webhooks");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Register an address");
    }

    [Theory]
    [InlineData("http://partner.example.org/hook", "must use https")]
    [InlineData("https://127.0.0.1:5000/hook", "private network")]
    [InlineData("https://169.254.169.254/latest/meta-data", "private network")]
    public async Task By_default_plain_http_and_internal_addresses_are_refused_with_a_reason(string address, string reason)
    {
        var admin = await DeskStaff.NewAsync(db.App, DeskRoles.Admin);

        var refused = await Should.ThrowAsync<ClaimInputInvalid>(() => Actions.RegisterAsync(admin, address, WebhookEvents.All));

        refused.Errors["Address"].ShouldHaveSingleItem().ShouldContain(reason);
    }

    [Fact]
    public async Task A_registration_without_events_is_refused()
    {
        var admin = await DeskStaff.NewAsync(db.App, DeskRoles.Admin);

        var refused = await Should.ThrowAsync<ClaimInputInvalid>(() => Actions.RegisterAsync(admin, "https://partner.example.org/hook", ["nothing"]));

        refused.Errors.Keys.ShouldBe(["Events"]);
    }
}
