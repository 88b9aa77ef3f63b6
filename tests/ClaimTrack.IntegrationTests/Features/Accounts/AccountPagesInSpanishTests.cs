using System.Net;
using System.Text.RegularExpressions;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.Accounts;

/// <summary>
/// The account pages over HTTP, against PostgreSQL: before sign-in they follow the browser's Accept-Language (and say
/// so in Vary); a signed-in person who chose Spanish changes their password in Spanish, Identity's refusal included.
/// </summary>
public sealed partial class AccountPagesInSpanishTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>
{
    [Fact]
    public async Task The_sign_in_page_follows_the_browsers_language_when_nobody_is_signed_in()
    {
        var spanish = await SignInPageAsync("es-VE,es;q=0.9,en;q=0.5");
        spanish.Body.ShouldContain("<html lang=\"es\"");
        spanish.Body.ShouldContain("<h1>Iniciar sesión</h1>");
        spanish.Body.ShouldContain("<label for=\"password\">Contraseña</label>");
        spanish.Response.Headers.Vary.ShouldContain("Accept-Language");

        (await SignInPageAsync("fr, es;q=0")).Body.ShouldContain("<h1>Sign in</h1>");
        using (var browser = Browser("es"))
            WebUtility.HtmlDecode(await browser.GetStringAsync(new Uri("/account/denied", UriKind.Relative))).ShouldContain("<h1>No permitido</h1>");
        var english = await SignInPageAsync(null);
        english.Body.ShouldContain("<html lang=\"en\"");
        english.Body.ShouldContain("<h1>Sign in</h1>");
    }

    [Fact]
    public async Task A_refused_sign_in_and_an_empty_field_are_told_in_the_browsers_language()
    {
        using var browser = Browser("es");
        var token = TokenIn(await browser.GetStringAsync(new Uri("/account/login", UriKind.Relative)));

        var refused = await PostAsync(browser, "/account/login", new()
        {
            ["_handler"] = "sign-in",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = "nobody@test.claimtrack",
            ["Input.Password"] = "not-the-password",
        });
        refused.ShouldContain("El correo electrónico o la contraseña no son correctos. Tras 5 intentos fallidos seguidos, la cuenta se bloquea durante 15 minutos.");

        var empty = await PostAsync(browser, "/account/login", new()
        {
            ["_handler"] = "sign-in",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = "",
            ["Input.Password"] = "",
        });
        empty.ShouldContain("Escriba su correo electrónico.");
        empty.ShouldContain("Escriba su contraseña.");
    }

    [Fact]
    public async Task A_person_who_chose_Spanish_changes_their_password_in_Spanish()
    {
        var person = await DeskVisitor.CreateUserAsync(db.App, DeskRoles.Reporter);
        using (var scope = db.App.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<DeskUser>>();
            var stored = (await users.FindByIdAsync(person.Id))!;
            stored.Language = "es";
            (await users.UpdateAsync(stored)).Succeeded.ShouldBeTrue();
        }
        using var visitor = new DeskVisitor(db.App);
        await visitor.SignInAsync(person.Email!, DeskVisitor.Password);

        var page = WebUtility.HtmlDecode(await (await visitor.GetAsync("/account/password")).Content.ReadAsStringAsync());
        page.ShouldContain("<h1>Cambiar la contraseña</h1>");
        page.ShouldContain("Contraseña nueva (al menos 10 caracteres)");

        var refused = await visitor.PostFormAsync("/account/password", new Dictionary<string, string>
        {
            ["_handler"] = "password",
            ["__RequestVerificationToken"] = await visitor.FormTokenAsync("/account/password"),
            ["Input.Current"] = "not-my-password",
            ["Input.New"] = "a-new-long-password",
        });
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldContain("La contraseña no es correcta.");

        var tooShort = await visitor.PostFormAsync("/account/password", new Dictionary<string, string>
        {
            ["_handler"] = "password",
            ["__RequestVerificationToken"] = await visitor.FormTokenAsync("/account/password"),
            ["Input.Current"] = DeskVisitor.Password,
            ["Input.New"] = "short",
        });
        WebUtility.HtmlDecode(await tooShort.Content.ReadAsStringAsync()).ShouldContain("Use al menos 10 caracteres.");
    }

    private HttpClient Browser(string? acceptLanguage)
    {
        var client = db.App.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(new CookieContainer()));
        if (acceptLanguage is not null) client.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);
        return client;
    }

    private async Task<(HttpResponseMessage Response, string Body)> SignInPageAsync(string? acceptLanguage)
    {
        using var browser = Browser(acceptLanguage);
        var response = await browser.GetAsync(new Uri("/account/login", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        // Blazor writes "ó" as "&#xF3;": compare the text a person reads.
        return (response, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    private static async Task<string> PostAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        var response = await client.PostAsync(new Uri(path, UriKind.Relative), content);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static string TokenIn(string page) => Token().Match(page).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
