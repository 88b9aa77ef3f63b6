using System.Net;
using System.Net.Http.Headers;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.Public.Delivery;

/// <summary>
/// Issue 15, part 6: every reader answer has an ETag and answers a conditional request with a 304 from the cached
/// entry; after a publication the old ETag gets the new page. Each test publishes claims of its own.
/// </summary>
public sealed class ReaderValidatorsTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>, IDisposable
{
    private const string Claimant = "Validated Person";
    private const string Topic = "Validated topic";
    private readonly Reader _reader = new(db.App);

    [Fact]
    public async Task Every_reader_route_answers_its_own_etag_with_a_304_in_every_encoding()
    {
        var story = await new ClaimStories(db.App.Writer).PublishedAsync(Claimant, Topic);
        var samples = SamplePaths(story);
        // Every route cached for readers, as the app maps it: a new one fails here until it has a sample above.
        var routes = db.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IOutputCachePolicy>() is not null).Select(e => e.RoutePattern.RawText!).Distinct().ToList();
        routes.Where(r => !samples.ContainsKey(r)).ShouldBeEmpty("reader routes without a sample address in this test");

        foreach (var route in routes)
            foreach (var encoding in new string?[] { null, "br", "gzip" })
            {
                var path = samples[route];
                var (first, _) = await GetAsync(path, encoding);
                first.StatusCode.ShouldBe(HttpStatusCode.OK, $"{path} ({encoding})");
                var tag = first.Headers.ETag.ShouldNotBeNull($"{path} ({encoding}) has an ETag");
                tag.IsWeak.ShouldBeFalse();

                var (again, body) = await GetAsync(path, encoding, r => r.Headers.IfNoneMatch.Add(tag));

                again.StatusCode.ShouldBe(HttpStatusCode.NotModified, $"{path} ({encoding})");
                body.ShouldBeEmpty();
                // From the cached entry: a storable answer rendered again would be sent whole (ReaderValidators).
                again.Headers.ETag.ShouldBe(tag);
                again.Headers.Contains("Set-Cookie").ShouldBeFalse();
            }
    }

    [Fact]
    public async Task After_a_publication_the_old_etag_gets_the_new_page()
    {
        var story = await new ClaimStories(db.App.Writer).PublishedAsync("Corrected Validated Person");
        string[] paths = [Reader.ClaimPath(story), $"/feeds/claims/{story.ClaimId}.atom", "/corrections", "/methodology"];
        var before = new Dictionary<string, EntityTagHeaderValue>();
        foreach (var path in paths) before[path] = (await GetAsync(path, "br")).Response.Headers.ETag!;
        foreach (var path in paths) (await GetAsync(path, "br", r => r.Headers.IfNoneMatch.Add(before[path]))).Response.StatusCode.ShouldBe(HttpStatusCode.NotModified, path);

        await story.CorrectAsync("Turnout was high; the record was in 1985.", "Figures: **71%**.", "A clearer summary");

        foreach (var path in paths[..3])
        {
            var (after, _) = await GetAsync(path, "br", r => r.Headers.IfNoneMatch.Add(before[path]));
            after.StatusCode.ShouldBe(HttpStatusCode.OK, $"{path}: the old ETag names the page before the correction");
            after.Headers.ETag.ShouldNotBe(before[path], path);
            var page = ReaderCompressionTests.Decompress(await after.Content.ReadAsByteArrayAsync(), "br");
            page.ShouldContain(path == "/corrections" ? "A clearer summary" : "Turnout was high; the record was in 1985.", Case.Sensitive, path);
        }
        // The methodology page was evicted with every listing but reads the same: rendered again (sent whole, to refill
        // the cache), it keeps its ETag, so a reader's copy stays good and the next revalidation is a 304 again.
        var (methodology, _) = await GetAsync("/methodology", "br", r => r.Headers.IfNoneMatch.Add(before["/methodology"]));
        methodology.StatusCode.ShouldBe(HttpStatusCode.OK);
        methodology.Headers.ETag.ShouldBe(before["/methodology"]);
        (await GetAsync("/methodology", "br", r => r.Headers.IfNoneMatch.Add(before["/methodology"]))).Response.StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task An_answer_the_cache_will_not_store_still_answers_its_etag_with_a_304()
    {
        var story = await new ClaimStories(db.App.Writer).PublishedAsync("Uncached Validated Person");
        // The output cache neither answers nor stores a request with an Authorization header (the benchmark's
        // "uncached" requests): the page is rendered, and its ETag compared here.
        void Uncached(HttpRequestMessage r) => r.Headers.TryAddWithoutValidation("Authorization", "Bench uncached");
        var (first, _) = await GetAsync(Reader.ClaimPath(story), "br", Uncached);
        first.Headers.Age.ShouldBeNull("rendered, not served from the cache");

        var (again, body) = await GetAsync(Reader.ClaimPath(story), "br", r => { Uncached(r); r.Headers.IfNoneMatch.Add(first.Headers.ETag!); });

        again.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        body.ShouldBeEmpty();
        again.Headers.ETag.ShouldBe(first.Headers.ETag);
        (await GetAsync(Reader.ClaimPath(story), "br", r => { Uncached(r); r.Headers.IfNoneMatch.Add(new("\"0123456789ABCDEF0123\"")); }))
            .Response.StatusCode.ShouldBe(HttpStatusCode.OK, "another ETag gets the page");
    }

    private static Dictionary<string, string> SamplePaths(ClaimStories story)
    {
        var claimant = Slugs.From(Claimant);
        var topic = Slugs.From(Topic);
        var samples = new Dictionary<string, string>
        {
            ["/"] = "/",
            ["/claims/{id:guid}/{slug?}"] = Reader.ClaimPath(story),
            ["/claimants/{slug}"] = $"/claimants/{claimant}",
            ["/topics/{slug}"] = $"/topics/{topic}",
            ["/search"] = "/search?q=turnout",
            ["/corrections"] = "/corrections",
            ["/methodology"] = "/methodology",
            ["/sitemap.xml"] = "/sitemap.xml",
            ["/robots.txt"] = "/robots.txt",
            ["/feeds/claimreview.jsonld"] = "/feeds/claimreview.jsonld",
            ["/export"] = "/export",
            ["/claimants"] = "/claimants",
            ["/topics"] = "/topics",
            ["/feeds"] = "/feeds",
            ["/sitemaps/pages-{number:int}.xml"] = "/sitemaps/pages-1.xml",
            ["/sitemaps/claims-{number:int}.xml"] = "/sitemaps/claims-1.xml",
            ["/cards/{id:guid}.png"] = $"/cards/{story.ClaimId}.png",
            ["/embed/claims/{id:guid}"] = $"/embed/claims/{story.ClaimId}",
            ["/oembed"] = $"/oembed?url={Uri.EscapeDataString($"http://localhost{Reader.ClaimPath(story)}")}&format=json",
            ["/api"] = "/api",
            ["/openapi/{documentName}.json"] = "/openapi/v1.json",
            ["/api/v1/"] = "/api/v1/",
            ["/api/v1/claims"] = "/api/v1/claims",
            ["/api/v1/claims/{id}"] = $"/api/v1/claims/{story.ClaimId}",
            ["/api/v1/claimants"] = "/api/v1/claimants",
            ["/api/v1/topics"] = "/api/v1/topics",
            ["/api/v1/ratings"] = "/api/v1/ratings",
            ["/corrections/policy"] = "/corrections/policy",
        };
        foreach (var format in new[] { "rss", "atom" })
        {
            samples[$"/feeds/verdicts.{format}"] = $"/feeds/verdicts.{format}";
            samples[$"/feeds/topics/{{slug}}.{format}"] = $"/feeds/topics/{topic}.{format}";
            samples[$"/feeds/claimants/{{slug}}.{format}"] = $"/feeds/claimants/{claimant}.{format}";
            samples[$"/feeds/claims/{{id:guid}}.{format}"] = $"/feeds/claims/{story.ClaimId}.{format}";
        }
        return samples;
    }

    private async Task<(HttpResponseMessage Response, byte[] Body)> GetAsync(string path, string? encoding, Action<HttpRequestMessage>? tune = null)
    {
        var (response, _) = await _reader.GetAsync(path, request =>
        {
            if (encoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
            tune?.Invoke(request);
        });
        return (response, await response.Content.ReadAsByteArrayAsync());
    }

    public void Dispose() => _reader.Dispose();
}
