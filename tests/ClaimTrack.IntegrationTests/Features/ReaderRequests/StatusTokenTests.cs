using System.Net;
using ClaimTrack.Web.Features.ReaderRequests;
using Marten;

namespace ClaimTrack.IntegrationTests.Features.ReaderRequests;

/// <summary>A status address opens its own request and nothing else, and keeps the reader's email to the desk.</summary>
public sealed class StatusTokenTests(ReaderFormsDatabase db) : IClassFixture<ReaderFormsDatabase>, IDisposable
{
    private readonly ReaderFormClient _reader = new(db.App);

    [Fact]
    public async Task The_status_page_shows_its_own_request_only_without_the_email_or_a_cookie_and_is_not_cached()
    {
        var mine = $"Mine {Guid.NewGuid():N}";
        var theirs = $"Theirs {Guid.NewGuid():N}";
        var myStatus = await _reader.SuggestAsync(mine, "me@example.org");
        var theirStatus = await _reader.SuggestAsync(theirs, "them@example.org");

        var (response, body) = await _reader.GetAsync(myStatus);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        response.Headers.CacheControl.Private.ShouldBeTrue();
        response.Headers.GetValues("X-Robots-Tag").Single().ShouldContain("noindex");
        body.ShouldContain("<meta name=\"robots\" content=\"noindex, nofollow\"");
        body.ShouldContain(mine);
        body.ShouldNotContain(theirs);
        body.ShouldNotContain("me@example.org");
        body.ShouldNotContain("them@example.org");
        body.ShouldNotContain(theirStatus);
        // The database keeps the token's hash, never the token.
        var token = myStatus["/requests/".Length..];
        await using var session = db.App.Store.QuerySession();
        var stored = await session.Query<ReaderRequest>().SingleAsync(r => r.Text == mine);
        stored.TokenHash.ShouldBe(StatusToken.Hash(token));
        stored.Email.ShouldBe("me@example.org");
        (await session.Query<ReaderRequest>().CountAsync(r => r.TokenHash == token)).ShouldBe(0);
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("short")]
    [InlineData("..%2F..%2Fetc")]
    public async Task A_wrong_or_malformed_token_is_a_404_that_names_no_request(string token)
    {
        await _reader.SuggestAsync($"Some tip {Guid.NewGuid():N}");

        var (response, body) = await _reader.GetAsync($"/requests/{token}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
        body.ShouldContain("There is no request at this address.");
        body.ShouldNotContain("Some tip");
    }

    [Fact]
    public async Task A_token_differing_by_one_character_opens_nothing()
    {
        var status = await _reader.SuggestAsync($"Near {Guid.NewGuid():N}");
        var last = status[^1];
        var near = status[..^1] + (last == 'A' ? 'B' : 'A');

        (await _reader.GetAsync(near)).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    public void Dispose() => _reader.Dispose();
}
