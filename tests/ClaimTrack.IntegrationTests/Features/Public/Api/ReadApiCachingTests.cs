using System.Net;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.Public.Api;

/// <summary>The API's answers are cached like reader pages, revalidated by ETag, evicted by publications, readable cross-origin.</summary>
public sealed class ReadApiCachingTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>, IDisposable
{
    private readonly Reader _reader = new(db.App);

    public static TheoryData<string> Answers => ["/api/v1", "/api/v1/claims", "/api/v1/claims?size=5&rating=false", "/api/v1/claimants", "/api/v1/topics", "/api/v1/ratings"];

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task Every_answer_has_an_etag_and_a_304_when_the_client_holds_it(string path)
    {
        await new ClaimStories(db.App.Writer).PublishedAsync(ApiReader.Unique("Api Etag Person"), "Api Etags");
        var (first, body) = await _reader.GetAsync(path);
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var tag = first.Headers.ETag!;
        tag.IsWeak.ShouldBeFalse("a strong tag per encoding, from the reader delivery layer");
        first.Headers.CacheControl!.MustRevalidate.ShouldBeTrue();
        first.Headers.CacheControl.MaxAge.ShouldBe(TimeSpan.Zero);
        first.Headers.Contains("Set-Cookie").ShouldBeFalse();
        first.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);

        // Once from the stored copy (the output cache answers), and once with a tag naming nothing it holds.
        var (again, _) = await _reader.GetAsync(path, r => r.Headers.IfNoneMatch.Add(tag));
        again.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        var (other, otherBody) = await _reader.GetAsync(path, r => r.Headers.IfNoneMatch.ParseAdd("W/\"something-else\""));
        other.StatusCode.ShouldBe(HttpStatusCode.OK);
        otherBody.ShouldBe(body);
        other.Headers.ETag.ShouldBe(tag);
    }

    [Fact]
    public async Task An_evicted_answer_is_sent_whole_once_to_refill_the_cache_then_304_again()
    {
        var story = await new ClaimStories(db.App.Writer).PublishedAsync(ApiReader.Unique("Api Fresh Person"));
        var path = $"/api/v1/claims/{story.ClaimId}";
        var (first, _) = await _reader.GetAsync(path);
        await db.App.Services.GetRequiredService<Microsoft.AspNetCore.OutputCaching.IOutputCacheStore>()
            .EvictByTagAsync(Web.Features.Public.PublicCache.ClaimTag(story.ClaimId), default);

        // The reader delivery layer renders a storable answer whole once (Features/Public/Delivery/ReaderValidators),
        // with the same tag, so that the next revalidation is a lookup, not a render.
        var (refill, refillBody) = await _reader.GetAsync(path, r => r.Headers.IfNoneMatch.Add(first.Headers.ETag!));
        refill.StatusCode.ShouldBe(HttpStatusCode.OK);
        refillBody.ShouldNotBeEmpty();
        refill.Headers.ETag.ShouldBe(first.Headers.ETag);

        var (again, body) = await _reader.GetAsync(path, r => r.Headers.IfNoneMatch.Add(first.Headers.ETag!));

        again.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        body.ShouldBeEmpty();
        again.Headers.ETag.ShouldBe(first.Headers.ETag);
    }

    [Fact]
    public async Task A_publication_evicts_the_stored_answers_that_show_it()
    {
        var claimant = ApiReader.Unique("Api Evict Person");
        var slug = Slugs.From(claimant);
        var story = await new ClaimStories(db.App.Writer).PublishedAsync(claimant, "Api Evictions");
        string[] paths = [$"/api/v1/claims/{story.ClaimId}", $"/api/v1/claims?claimant={slug}", "/api/v1/claimants?size=100", "/api/v1/topics?size=100"];
        var before = new Dictionary<string, string>();
        foreach (var path in paths) before[path] = (await _reader.GetAsync(path)).Body;
        foreach (var path in paths) (await _reader.GetAsync(path)).Body.ShouldBe(before[path], "stored");

        await story.ReviseAsync("true", "The final count came in.");
        await new ClaimStories(db.App.Writer).PublishedAsync(claimant, "Api Evictions");

        var one = await _reader.JsonAsync(paths[0]);
        one.GetProperty("verdict").GetProperty("rating").GetProperty("key").GetString().ShouldBe("true");
        (await _reader.JsonAsync(paths[1])).GetProperty("claims").GetArrayLength().ShouldBe(2);
        (await _reader.JsonAsync(paths[2])).GetProperty("claimants").EnumerateArray()
            .Single(c => c.GetProperty("slug").GetString() == slug).GetProperty("published").GetInt32().ShouldBe(2);
        (await _reader.JsonAsync(paths[3])).GetProperty("topics").EnumerateArray()
            .Single(c => c.GetProperty("slug").GetString() == "api-evictions").GetProperty("byRating").GetProperty("true").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Answers_are_stored_whatever_order_or_spelling_the_query_has()
    {
        var claimant = ApiReader.Unique("Api Spelling Person");
        var story = await new ClaimStories(db.App.Writer).PublishedAsync(claimant);
        var slug = Slugs.From(claimant);
        var (first, _) = await _reader.GetAsync($"/api/v1/claims?claimant={slug}&size=5");
        // Changed behind the cache's back (no event, so no eviction): only a stored answer still has the old tag.
        await using (var session = db.App.Store.LightweightSession())
        {
            var claim = (await session.LoadAsync<Web.Features.Claims.ReadModels.ReaderClaim>(story.ClaimId))!;
            claim.Content = claim.Content with { Statement = "Changed behind the cache." };
            session.Store(claim);
            await session.SaveChangesAsync();
        }

        foreach (var query in new[] { $"size=5&claimant={slug}", $"size=05&claimant={slug}&utm_source=x", $"CLAIMANT={slug}&size=5" })
            (await _reader.GetAsync($"/api/v1/claims?{query}")).Response.Headers.ETag.ShouldBe(first.Headers.ETag, query);
        (await _reader.GetAsync($"/api/v1/claims?claimant={slug}&size=6")).Body.ShouldContain("Changed behind the cache.");
    }

    [Fact]
    public async Task Any_origin_may_read_the_api_and_nothing_else()
    {
        var (stored, _) = await _reader.GetAsync("/api/v1/ratings");
        stored.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse("no Origin, no CORS answer");

        var (read, _) = await _reader.GetAsync("/api/v1/ratings", r => r.Headers.Add("Origin", "https://partner.example.net"));
        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        read.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe(["*"]);
        read.Headers.GetValues("Access-Control-Expose-Headers").Single().ShouldContain("ETag");
        read.Headers.Contains("Access-Control-Allow-Credentials").ShouldBeFalse();

        var preflight = await PreflightAsync("/api/v1/claims", "GET", "If-None-Match");
        preflight.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe(["*"]);
        preflight.Headers.GetValues("Access-Control-Allow-Methods").Single().ShouldNotContain("POST");

        (await PreflightAsync("/api/v1/claims", "POST", null)).Headers.Contains("Access-Control-Allow-Methods").ShouldBeFalse();
        (await PreflightAsync("/api/v1/claims", "DELETE", null)).Headers.Contains("Access-Control-Allow-Methods").ShouldBeFalse();
        foreach (var page in new[] { "/", "/methodology", "/feeds/verdicts.rss", "/account/login", "/desk" })
        {
            var (response, _) = await _reader.GetAsync(page, r => r.Headers.Add("Origin", "https://partner.example.net"));
            response.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse(page);
            (await PreflightAsync(page, "GET", null)).Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse(page);
        }
    }

    private async Task<HttpResponseMessage> PreflightAsync(string path, string method, string? header)
    {
        using var client = db.App.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", "https://partner.example.net");
        request.Headers.Add("Access-Control-Request-Method", method);
        if (header is not null) request.Headers.Add("Access-Control-Request-Headers", header);
        return await client.SendAsync(request);
    }

    public void Dispose() => _reader.Dispose();
}
