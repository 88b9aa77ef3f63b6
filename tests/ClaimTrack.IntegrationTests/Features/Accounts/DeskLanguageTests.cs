using System.Net;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.Accounts;

/// <summary>
/// A desk user chooses Spanish on their profile: their next desk page, on either of two nodes over one database, is in
/// Spanish; another person's desk stays English. The choice lives in PostgreSQL, never in one node's memory.
/// </summary>
public sealed class DeskLanguageTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    [Fact]
    public async Task Choosing_Spanish_puts_the_next_desk_page_in_Spanish_on_every_node_and_no_one_elses()
    {
        var rosa = await DeskVisitor.CreateUserAsync(nodes.A, DeskRoles.Reporter);
        var other = await DeskVisitor.CreateUserAsync(nodes.A, DeskRoles.Reporter);
        using var onA = new DeskVisitor(nodes.A);
        using var onB = new DeskVisitor(nodes.B);
        using var otherOnB = new DeskVisitor(nodes.B);
        await onA.SignInAsync(rosa.Email, DeskVisitor.Password);
        await onB.SignInAsync(rosa.Email, DeskVisitor.Password); // another device, already signed in on node B
        await otherOnB.SignInAsync(other.Email, DeskVisitor.Password);
        (await PageAsync(onB, "/desk")).ShouldContain("<html lang=\"en\"");

        var saved = await ChooseAsync(onA, "es");

        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await saved.Content.ReadAsStringAsync()).ShouldContain("Saved. The desk uses this language from the next page you open.");
        var onNodeA = await PageAsync(onA, "/desk");
        onNodeA.ShouldContain("<html lang=\"es\"");
        onNodeA.ShouldContain("Registrar una afirmación");
        var onNodeB = await PageAsync(onB, "/desk");
        onNodeB.ShouldContain("<html lang=\"es\"");
        onNodeB.ShouldContain("Registrar una afirmación");
        (await PageAsync(onB, "/account/profile")).ShouldContain("<option value=\"es\" lang=\"es\" selected");
        var theirs = await PageAsync(otherOnB, "/desk");
        theirs.ShouldContain("<html lang=\"en\"");
        theirs.ShouldContain("Register a claim");
        theirs.ShouldNotContain("Registrar una afirmación");
    }

    [Fact]
    public async Task Back_to_English_applies_at_the_next_page_too()
    {
        var rosa = await DeskVisitor.CreateUserAsync(nodes.A, DeskRoles.Reporter);
        using var visitor = new DeskVisitor(nodes.A);
        await visitor.SignInAsync(rosa.Email, DeskVisitor.Password);
        await ChooseAsync(visitor, "es");
        (await PageAsync(visitor, "/desk")).ShouldContain("Registrar una afirmación");

        await ChooseAsync(visitor, "en");

        (await PageAsync(visitor, "/desk")).ShouldContain("Register a claim");
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("es<script>")]
    [InlineData("")]
    public async Task A_language_the_newsroom_does_not_offer_is_a_sentence_and_a_400_and_nothing_changes(string language)
    {
        var rosa = await DeskVisitor.CreateUserAsync(nodes.A, DeskRoles.Reporter);
        using var visitor = new DeskVisitor(nodes.A);
        await visitor.SignInAsync(rosa.Email, DeskVisitor.Password);

        var refused = await ChooseAsync(visitor, language);

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldContain("Choose one of the newsroom's languages.");
        using var scope = nodes.A.Services.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<UserManager<DeskUser>>().FindByIdAsync(rosa.Id);
        stored!.Language.ShouldBeNull();
        (await PageAsync(visitor, "/desk")).ShouldContain("Register a claim");
    }

    [Fact]
    public async Task The_profile_page_needs_a_signed_in_person()
    {
        using var visitor = new DeskVisitor(nodes.A);

        var response = await visitor.GetAsync("/account/profile");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/account/login");
    }

    private static async Task<HttpResponseMessage> ChooseAsync(DeskVisitor visitor, string language) =>
        await visitor.PostFormAsync("/account/profile", new Dictionary<string, string>
        {
            ["_handler"] = "profile",
            ["__RequestVerificationToken"] = await visitor.FormTokenAsync("/account/profile"),
            ["Input.Language"] = language,
        });

    private static async Task<string> PageAsync(DeskVisitor visitor, string path)
    {
        var response = await visitor.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        // Blazor writes "ó" as "&#xF3;": compare the text a person reads.
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
