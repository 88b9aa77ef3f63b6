using System.Net;
using System.Text.RegularExpressions;
using ClaimTrack.Web.Features.ReaderRequests.Reader;

namespace ClaimTrack.IntegrationTests.Features.ReaderRequests.Privacy;

/// <summary>"Forget my email" on a Spanish status page posts under /es/ and answers in Spanish, by the same rules.</summary>
public sealed partial class ForgetMyEmailInSpanishTests(ReaderEmailsApp db) : IClassFixture<ReaderEmailsApp>, IDisposable
{
    private readonly ReaderFormClient _reader = new(db.App);

    private async Task<(string Status, string Page)> SpanishStatusAsync(string email)
    {
        var status = await _reader.SuggestAsync($"Olvídame {Guid.NewGuid():N}", email);
        var (response, page) = await _reader.GetAsync("/es" + status);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (status, WebUtility.HtmlDecode(page));
    }

    [Fact]
    public async Task The_spanish_form_posts_under_es_and_comes_back_to_the_spanish_page_which_says_so_in_spanish()
    {
        var email = $"olvido-{Guid.NewGuid():N}@example.org";
        var (status, page) = await SpanishStatusAsync(email);
        page.ShouldContain("Olvidar mi correo electrónico");
        page.ShouldNotContain("Forget my email");
        ForgetAction().Match(page).Groups[1].Value.ShouldBe($"/es{ForgetEmailEndpoint.Path(status["/requests/".Length..])}");

        var (response, _) = await _reader.PostAsync(ForgetAction().Match(page).Groups[1].Value, new Dictionary<string, string>(), Stamp(page));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/es" + status);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
        (await db.RequestAsync(status)).Email.ShouldBeNull();
        var after = WebUtility.HtmlDecode((await _reader.GetAsync("/es" + status)).Body);
        after.ShouldContain("Su dirección de correo electrónico se borró el");
        after.ShouldNotContain("Your email address was erased");
    }

    [Fact]
    public async Task A_forged_stamp_is_a_400_in_spanish_and_a_wrong_token_a_404_in_spanish()
    {
        var email = $"sello-{Guid.NewGuid():N}@example.org";
        var (status, _) = await SpanishStatusAsync(email);

        var (forged, forgedBody) = await _reader.PostAsync($"/es{ForgetEmailEndpoint.Path(status["/requests/".Length..])}", new Dictionary<string, string>(), "forged");
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(forgedBody).ShouldContain("No se pudo comprobar este botón");
        forgedBody.ShouldContain("<html lang=\"es\"");

        var (wrong, wrongBody) = await _reader.PostAsync($"/es{ForgetEmailEndpoint.Path("AAAAAAAAAAAAAAAAAAAAAA")}", new Dictionary<string, string>(), "forged");
        wrong.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        WebUtility.HtmlDecode(wrongBody).ShouldContain("No hay ninguna solicitud en esta dirección.");
        (await db.RequestAsync(status)).Email.ShouldBe(email);
    }

    private static string Stamp(string page) => StampField().Match(page).Groups[1].Value;

    [GeneratedRegex("<form class=\"reader-form forget-email\" action=\"([^\"]+)\"")]
    private static partial Regex ForgetAction();

    [GeneratedRegex("name=\"stamp\" value=\"([^\"]+)\"")]
    private static partial Regex StampField();

    public void Dispose() => _reader.Dispose();
}
