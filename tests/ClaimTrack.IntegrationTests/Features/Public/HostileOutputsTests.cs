using System.Net;
using System.Text.Json;
using ClaimTrack.IntegrationTests.Support;

namespace ClaimTrack.IntegrationTests.Features.Public;

/// <summary>
/// What a careless or hostile harvester sends the machine outputs that follow a language or a time: the feeds' ?lang=,
/// the DataFeed's since and after, the API's updatedSince and language=. Junk, very long values, a language the
/// newsroom does not publish in, repeated parameters, times far in the future or malformed: each is a 4xx that says what
/// to send, or a valid empty answer, never a 500, and nothing is logged as an error.
/// </summary>
public sealed class HostileOutputsTests(FuzzedApp fuzzed) : IClassFixture<FuzzedApp>, IDisposable
{
    private readonly Reader _reader = new(fuzzed.App);

    public enum Answer { Refused, Empty, Listed, NotFound }

    private static readonly string Long = new('a', 6000);

    public static TheoryData<string, Answer> Cases => new()
    {
        // ?lang= on the feeds: one configured language's tag, or a 400 that lists them.
        { "/feeds/verdicts.rss?lang=zz", Answer.Refused },
        { "/feeds/verdicts.atom?lang=fr-CA", Answer.Refused },
        { $"/feeds/verdicts.rss?lang={Long}", Answer.Refused },
        { "/feeds/verdicts.rss?lang=es%00", Answer.Refused },
        { "/feeds/verdicts.rss?lang=%27%20or%201%3D1--", Answer.Refused },
        { "/feeds/verdicts.rss?lang=es%27%29%29%3B--", Answer.Refused },
        { "/feeds/verdicts.rss?lang=es&lang=en", Answer.Refused },
        { "/feeds/verdicts.rss?lang=es&lang=es", Answer.Refused },
        { "/feeds/claimants/fuzzy-claimant.atom?lang=xx-yy-zz", Answer.Refused },
        { $"/feeds/topics/{Long[..300]}.rss?lang=es", Answer.NotFound },
        { $"/feeds/claims/{Guid.NewGuid()}.rss?lang=es", Answer.NotFound },
        { "/feeds/verdicts.rss?lang=ES", Answer.Listed },
        { "/feeds/verdicts.atom?lang=%20es%20", Answer.Listed },
        // The DataFeed's since: ISO 8601 or a 400; a time after every change is an empty page.
        { "/feeds/claimreview.jsonld?since=2999-01-01", Answer.Empty },
        { "/feeds/claimreview.jsonld?since=9999-12-31T23:59:59.9999999Z", Answer.Empty },
        { "/feeds/claimreview.jsonld?since=9999-12-31T23:59:59%2B14:00", Answer.Empty },
        { "/feeds/claimreview.jsonld?since=0001-01-01", Answer.Listed },
        { "/feeds/claimreview.jsonld?since=0001-01-01T00:00:00%2B14:00", Answer.Refused },
        { "/feeds/claimreview.jsonld?since=yesterday", Answer.Refused },
        { $"/feeds/claimreview.jsonld?since={Long}", Answer.Refused },
        { "/feeds/claimreview.jsonld?since=2025-02-30", Answer.Refused },
        { "/feeds/claimreview.jsonld?since=2025-01-01T25:00Z", Answer.Refused },
        { "/feeds/claimreview.jsonld?since=infinity", Answer.Refused },
        { "/feeds/claimreview.jsonld?since=2025-01-01%00", Answer.Refused },
        { "/feeds/claimreview.jsonld?since=2025-01-01&since=2025-02-01", Answer.Refused },
        { $"/feeds/claimreview.jsonld?after={Guid.NewGuid()}", Answer.Refused },
        { "/feeds/claimreview.jsonld?since=2025-01-01&after=%27%3B--", Answer.Refused },
        // The API's updatedSince and language.
        { "/api/v1/claims?updatedSince=2999-01-01", Answer.Empty },
        { "/api/v1/claims?updatedSince=9999-12-31T23:59:59.9999999Z", Answer.Empty },
        { "/api/v1/claims?updatedSince=0001-01-01", Answer.Listed },
        { "/api/v1/claims?updatedSince=soon", Answer.Refused },
        { "/api/v1/claims?updatedSince=2025-01-01&updatedSince=2025-02-01", Answer.Refused },
        { $"/api/v1/claims?updatedSince={Long}", Answer.Refused },
        { "/api/v1/claims?language=zz", Answer.Refused },
        { $"/api/v1/claims?language={Long}", Answer.Refused },
        { "/api/v1/claims?language=es&language=en", Answer.Refused },
        { "/api/v1/claims?language=es%00", Answer.Refused },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_hostile_language_or_time_is_refused_with_a_reason_or_answered_empty(string path, Answer expected)
    {
        var (response, body) = await _reader.GetAsync(path);

        switch (expected)
        {
            case Answer.Refused:
                response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, path);
                // A sentence that says what to send, not an empty 400.
                body.Length.ShouldBeGreaterThan(40, path);
                break;
            case Answer.NotFound:
                response.StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
                break;
            case Answer.Empty:
                response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
                Items(path, body).ShouldBe(0, path);
                break;
            case Answer.Listed:
                response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
                if (!path.StartsWith("/feeds/verdicts", StringComparison.Ordinal)) Items(path, body).ShouldBeGreaterThan(0, path);
                break;
        }
        fuzzed.Errors.Entries.ShouldBeEmpty();
    }

    private static int Items(string path, string body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty(path.StartsWith("/api", StringComparison.Ordinal) ? "claims" : "dataFeedElement").GetArrayLength();
    }

    public void Dispose() => _reader.Dispose();
}
