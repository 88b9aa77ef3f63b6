using System.Net;
using ClaimTrack.IntegrationTests.Support;

namespace ClaimTrack.IntegrationTests.Features.Public;

/// <summary>Every unknown reader address gets the site's own 404 page; the API and the desk keep their own answers.</summary>
public sealed class NotFoundPageTests(KestrelDatabase db) : IClassFixture<KestrelDatabase>, IDisposable
{
    // Through Kestrel: odd paths reach the app as a real server parses them, not as the in-memory one would.
    private readonly HttpClient _client = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = db.Address };

    private async Task<(HttpResponseMessage Response, string Body)> GetAsync(string path, HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, path);
        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);
        return (response, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/claimants/nobody-by-this-name")]
    [InlineData("/claims/00000000-0000-0000-0000-000000000000/x")]
    [InlineData("/claims/not-a-guid/x")]
    [InlineData("/wp-admin/setup-config.php")]
    [InlineData("/favicon.ico")]
    [InlineData("/feeds/claims/not-a-guid.rss")]
    [InlineData("/a/b/c/d/e/f/g/h/i/j")]
    [InlineData("/%C3%BCber-uns")]
    [InlineData("/%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/search/more/than/the/search")]
    public async Task Unknown_reader_addresses_get_the_styled_404_page_without_a_cookie(string path)
    {
        var (response, body) = await GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("default-src 'none'");
        body.ShouldContain("<header class=\"masthead\">");
        body.ShouldContain("<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\"");
        body.ShouldContain("<a href=\"/\">the latest verdicts</a>");
        body.ShouldNotContain("<script");
    }

    [Fact]
    public async Task HEAD_of_an_unknown_address_is_a_404_too()
    {
        var (response, _) = await GetAsync("/no-such-page", HttpMethod.Head);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
    }

    [Theory]
    [InlineData("/api/v1/no-such-thing")]
    [InlineData("/api/v2")]
    [InlineData("/openapi/v9")]
    [InlineData("/export/nothing.csv")]
    public async Task Machine_addresses_get_problem_json_instead(string path)
    {
        var (response, body) = await GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        body.ShouldContain("\"status\":404");
    }

    [Theory]
    [InlineData("/desk/no-such-page")]
    [InlineData("/account/no-such-page")]
    [InlineData("/_framework/no-such-file.js")]
    public async Task Desk_and_framework_addresses_keep_their_own_404(string path)
    {
        var (response, body) = await GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        body.ShouldNotContain("masthead");
    }

    [Fact]
    public async Task Other_methods_on_unknown_addresses_are_not_answered_with_a_page()
    {
        var (response, body) = await GetAsync("/no-such-page", HttpMethod.Post);

        ((int)response.StatusCode).ShouldBeInRange(400, 499);
        body.ShouldNotContain("masthead");
    }

    public void Dispose() => _client.Dispose();
}
