using System.Net;
using System.Text.RegularExpressions;
using ClaimTrack.Web.Features.ReaderRequests;
using ClaimTrack.Web.Features.ReaderRequests.Reader;

namespace ClaimTrack.IntegrationTests.Features.ReaderRequests.Privacy;

/// <summary>"Forget my email" on the status page: a plain form, no cookie; it erases at once, everywhere, once.</summary>
public sealed partial class ForgetMyEmailTests(ReaderEmailsApp db) : IClassFixture<ReaderEmailsApp>, IDisposable
{
    private readonly ReaderFormClient _reader = new(db.App);

    [Fact]
    public async Task Forgetting_erases_the_email_at_once_everywhere_records_it_once_and_the_page_says_so()
    {
        var email = $"forget-{Guid.NewGuid():N}@example.org";
        var status = await _reader.SuggestAsync($"Forget me {Guid.NewGuid():N}", email);
        var other = $"keep-{Guid.NewGuid():N}@example.org";
        await _reader.SuggestAsync($"Keep me {Guid.NewGuid():N}", other);
        var (_, page) = await _reader.GetAsync(status);
        page.ShouldContain("Forget my email");
        page.ShouldNotContain(email);
        (await db.TablesHoldingAsync(email)).ShouldBe(["mt_doc_readerrequest", "mt_events"], ignoreOrder: true);

        var (response, _) = await ForgetAsync(status, page);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe(status);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
        (await db.TablesHoldingAsync(email)).ShouldBeEmpty("the address is in no row of any table");
        (await db.TablesHoldingAsync(other)).ShouldNotBeEmpty("another reader's address is not touched");
        var (after, afterPage) = await _reader.GetAsync(status);
        after.StatusCode.ShouldBe(HttpStatusCode.OK);
        afterPage.ShouldContain("Your email address was erased on");
        afterPage.ShouldNotContain("Forget my email");
        var request = await db.RequestAsync(status);
        request.EmailErasedAt.ShouldNotBeNull();
        request.Steps[^1].ShouldSatisfyAllConditions(s => s.By.ShouldBeNull(), s => s.What.ShouldContain("forget their email"));

        // Pressed again (a second tab, a resent form): the same page, nothing more recorded.
        var (again, _) = await ForgetAsync(status, page);
        again.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await db.EventsAsync(request.Id)).OfType<ReaderEmailErased>().ShouldHaveSingleItem().Cause.ShouldBe(EmailErasureCause.ReaderAsked);
    }

    [Fact]
    public async Task A_correction_request_forgets_its_email_too_and_a_request_without_one_offers_nothing()
    {
        var email = $"corr-{Guid.NewGuid():N}@example.org";
        var claimId = await PublishedClaimAsync();
        var status = await CorrectionAsync(claimId, email);
        var (_, page) = await _reader.GetAsync(status);

        (await ForgetAsync(status, page)).Response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await db.TablesHoldingAsync(email)).ShouldBeEmpty();
        (await db.EventsAsync((await db.RequestAsync(status)).Id)).OfType<CorrectionRequested>().Single().Email.ShouldBeNull();
        var noEmail = await _reader.SuggestAsync($"No email {Guid.NewGuid():N}");
        (await _reader.GetAsync(noEmail)).Body.ShouldNotContain("Forget my email");
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("short")]
    public async Task A_wrong_token_is_a_404_and_erases_nothing(string token)
    {
        var email = $"wrong-{Guid.NewGuid():N}@example.org";
        var status = await _reader.SuggestAsync($"Wrong token {Guid.NewGuid():N}", email);
        var (_, page) = await _reader.GetAsync(status);

        var (response, body) = await _reader.PostAsync(ForgetEmailEndpoint.Path(token), new Dictionary<string, string>(), Stamp(page));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        body.ShouldContain("There is no request at this address.");
        (await db.RequestAsync(status)).Email.ShouldBe(email);
    }

    [Fact]
    public async Task A_post_without_the_page_stamp_is_a_400_with_the_page_and_erases_nothing()
    {
        var email = $"stamp-{Guid.NewGuid():N}@example.org";
        var status = await _reader.SuggestAsync($"Stampless {Guid.NewGuid():N}", email);
        var other = await _reader.SuggestAsync($"Other {Guid.NewGuid():N}", $"x{email}");
        var (_, otherPage) = await _reader.GetAsync(other);

        // No stamp, a forged one, and another request's stamp: none is this page's form.
        foreach (var stamp in new[] { "", "forged", Stamp(otherPage) })
        {
            var (response, body) = await _reader.PostAsync(ForgetEmailEndpoint.Path(status["/requests/".Length..]), new Dictionary<string, string>(), stamp);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
            body.ShouldContain("Please press it again");
            body.ShouldContain("Forget my email");
        }
        (await db.RequestAsync(status)).Email.ShouldBe(email);
    }

    private Task<(HttpResponseMessage Response, string Body)> ForgetAsync(string status, string page) =>
        _reader.PostAsync(ForgetAction().Match(page).Groups[1].Value, new Dictionary<string, string>(), Stamp(page));

    private static string Stamp(string page) => StampField().Match(page).Groups[1].Value;

    private async Task<Guid> PublishedClaimAsync()
    {
        var story = await new Support.ClaimStories(db.App.Writer) { Statement = $"Turnout was the highest in forty years {Guid.NewGuid():N}" }.PublishedAsync("Ana Ruiz");
        return story.ClaimId;
    }

    private async Task<string> CorrectionAsync(Guid claimId, string email)
    {
        var (response, body) = await _reader.PostAsync(ReaderIntakePaths.CorrectionRequest(claimId),
            new Dictionary<string, string> { [ReaderForms.Problem] = "The 1985 figure is wrong.", [ReaderForms.Email] = email });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, body);
        return response.Headers.Location!.OriginalString;
    }

    [GeneratedRegex("<form class=\"reader-form forget-email\" action=\"([^\"]+)\"")]
    private static partial Regex ForgetAction();

    [GeneratedRegex("name=\"stamp\" value=\"([^\"]+)\"")]
    private static partial Regex StampField();

    public void Dispose() => _reader.Dispose();
}
