using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims.Translations;

namespace ClaimTrack.IntegrationTests.Features.Public.Translations;

/// <summary>
/// An approved translation reaches the machine outputs as it reaches the pages: the API, the feeds that follow its
/// language, the open data files and the reader search; a proposal or a withdrawn translation reaches none of them.
/// </summary>
public sealed class TranslationOutputsTests(TranslatedSite site) : IClassFixture<TranslatedSite>, IDisposable
{
    // A word of each test's own, only in the Spanish text: where it shows, the translation does.
    private readonly string _word = "Orinoqués" + Guid.NewGuid().ToString("N")[..6];
    private readonly Reader _reader = new(site.App);

    private string Statement => $"La participación en {_word} fue la más alta en cuarenta años.";

    private ProposeTranslation Spanish() =>
        new(Guid.NewGuid(), "es", Statement, "Lo dijo en un mitin.", "No es un récord de cuarenta años.", "La participación fue del **71 %**.");

    private async Task<string> ReadAsync(string path) => WebUtility.HtmlDecode(await _reader.PageAsync(path));

    private async Task<JsonElement> ApiClaimAsync(ClaimStories story)
    {
        using var json = JsonDocument.Parse(await _reader.PageAsync($"/api/v1/claims/{story.ClaimId}"));
        return json.RootElement.Clone();
    }

    private async Task<JsonElement> JsonLineAsync(ClaimStories story)
    {
        var body = await _reader.PageAsync("/export/claims.jsonl");
        return body.TrimEnd('\n').Split('\n').Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .Single(l => l.GetProperty("claim_id").GetGuid() == story.ClaimId);
    }

    /// <summary>Every list a machine or a searching reader reads, the /es/ search and feeds included.</summary>
    private async Task<string[]> OutputsAsync() =>
    [
        await ReadAsync("/api/v1/claims"), await ReadAsync("/api/v1/claims?language=es"), await ReadAsync("/feeds/verdicts.atom?lang=es"),
        await ReadAsync("/feeds/verdicts.rss"), await ReadAsync("/export/claims.jsonl"), await ReadAsync("/export/claims.csv"),
        await ClaimReviewFeedAsync(),
    ];

    /// <summary>The DataFeed as text: its JSON writes "é" as an escape, so it is read back unescaped.</summary>
    private async Task<string> ClaimReviewFeedAsync()
    {
        using var feed = JsonDocument.Parse(await _reader.PageAsync("/feeds/claimreview.jsonld"));
        return JsonSerializer.Serialize(feed.RootElement, Unescaped);
    }

    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The claims the reader search lists for the word, in both languages (the page repeats the word itself).</summary>
    private async Task<bool> SearchFindsAsync(ClaimStories story) =>
        (await ReadAsync($"/es/search?q={_word}")).Contains(story.ClaimId.ToString(), StringComparison.Ordinal)
        || (await ReadAsync($"/search?q={_word}")).Contains(story.ClaimId.ToString(), StringComparison.Ordinal);

    /// <summary>A feed of one claim that has nothing in the language is not found: as absent as an empty one.</summary>
    private async Task<string> FeedAsync(string path)
    {
        var (response, body) = await _reader.GetAsync(path);
        if (response.StatusCode == HttpStatusCode.NotFound) return "";
        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        return WebUtility.HtmlDecode(body);
    }

    /// <summary>The claim's own machine addresses: its API document and its feeds, in Spanish and not.</summary>
    private async Task<string[]> OwnAsync(ClaimStories story) =>
    [
        await ReadAsync($"/api/v1/claims/{story.ClaimId}"), await FeedAsync($"/feeds/claims/{story.ClaimId}.rss?lang=es"),
        await FeedAsync($"/feeds/claims/{story.ClaimId}.atom?lang=es"),
    ];

    private static async Task<Guid> DoAsync(ClaimStories story, ProposeTranslation propose)
    {
        await story.DoAsync(propose, ClaimStories.Reporter);
        return propose.ChangeId;
    }

    [Fact]
    public async Task The_api_gives_an_approved_translation_with_its_page_and_nothing_of_a_proposal()
    {
        var story = await new ClaimStories(site.App.Writer).PublishedAsync($"Api Person {Guid.NewGuid():N}");
        var change = await DoAsync(story, Spanish());

        (await ApiClaimAsync(story)).GetProperty("translations").GetArrayLength().ShouldBe(0);

        await story.ApproveChangeAsync(change);

        var translation = (await ApiClaimAsync(story)).GetProperty("translations").EnumerateArray().ShouldHaveSingleItem();
        translation.GetProperty("language").GetString().ShouldBe("es");
        translation.GetProperty("url").GetString().ShouldBe($"http://localhost/es{Reader.ClaimPath(story)}");
        translation.GetProperty("statement").GetString().ShouldBe(Statement);
        translation.GetProperty("context").GetString().ShouldBe("Lo dijo en un mitin.");
        translation.GetProperty("summary").GetString().ShouldBe("No es un récord de cuarenta años.");
        translation.GetProperty("reasoning").GetString().ShouldBe("La participación fue del **71 %**.");
        // The rating in the translation's language, from the default scale's Spanish words.
        translation.GetProperty("rating").GetProperty("label").GetString().ShouldBe("Falso");
        translation.GetProperty("approvedAt").ValueKind.ShouldBe(JsonValueKind.String);
        // The original stays the document's own text.
        (await ApiClaimAsync(story)).GetProperty("statement").GetString().ShouldBe(story.Statement);
    }

    [Fact]
    public async Task A_feed_that_follows_spanish_carries_the_spanish_text_and_link_and_the_default_feed_does_not()
    {
        var story = await new ClaimStories(site.App.Writer).PublishedAsync($"Feed Person {Guid.NewGuid():N}");
        var path = Reader.ClaimPath(story);
        // An English claim without a translation is not in a feed that follows Spanish.
        (await _reader.GetAsync($"/feeds/claims/{story.ClaimId}.rss?lang=es")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await story.ApproveChangeAsync(await DoAsync(story, Spanish()));

        var rss = XDocument.Parse(await _reader.PageAsync($"/feeds/claims/{story.ClaimId}.rss?lang=es"));
        var item = rss.Descendants("item").ShouldHaveSingleItem();
        item.Element("title")!.Value.ShouldBe($"Falso: {Statement}");
        item.Element("link")!.Value.ShouldStartWith($"http://localhost/es{path}#update-");
        item.Element("description")!.Value.ShouldBe("Falso. No es un récord de cuarenta años.");
        item.Element(XName.Get("language", "http://purl.org/dc/elements/1.1/"))!.Value.ShouldBe("es");

        var atom = XDocument.Parse(await _reader.PageAsync("/feeds/verdicts.atom?lang=es"));
        XNamespace a = "http://www.w3.org/2005/Atom";
        var entry = atom.Descendants(a + "entry").Single(e => e.Element(a + "title")!.Value.Contains(_word, StringComparison.Ordinal));
        entry.Attribute(XNamespace.Xml + "lang")!.Value.ShouldBe("es");
        entry.Element(a + "link")!.Attribute("href")!.Value.ShouldStartWith($"http://localhost/es{path}");

        // Without ?lang the feeds are the original's, as before.
        var original = await ReadAsync($"/feeds/claims/{story.ClaimId}.rss");
        original.ShouldNotContain(_word);
        original.ShouldContain(story.Statement);
        (await ReadAsync("/feeds/verdicts.rss")).ShouldNotContain(_word);
    }

    [Fact]
    public async Task Open_data_carries_an_approved_translation_in_the_json_lines_the_csv_and_the_claimreview_feed()
    {
        var story = await new ClaimStories(site.App.Writer).PublishedAsync($"Data Person {Guid.NewGuid():N}");
        (await JsonLineAsync(story)).GetProperty("translations").GetArrayLength().ShouldBe(0);

        await story.ApproveChangeAsync(await DoAsync(story, Spanish()));

        var translation = (await JsonLineAsync(story)).GetProperty("translations").EnumerateArray().ShouldHaveSingleItem();
        translation.GetProperty("language").GetString().ShouldBe("es");
        translation.GetProperty("review_url").GetString().ShouldBe($"http://localhost/es{Reader.ClaimPath(story)}");
        translation.GetProperty("claim_text").GetString().ShouldBe(Statement);
        translation.GetProperty("verdict_summary").GetString().ShouldBe("No es un récord de cuarenta años.");
        translation.GetProperty("rating").GetString().ShouldBe("Falso");

        var csv = (await _reader.PageAsync("/export/claims.csv")).Split("\r\n");
        csv[0].ShouldEndWith(",translated_into");
        csv.Single(row => row.StartsWith(story.ClaimId.ToString(), StringComparison.Ordinal)).ShouldEndWith(",es");

        using var feed = JsonDocument.Parse(await _reader.PageAsync("/feeds/claimreview.jsonld"));
        var review = feed.RootElement.GetProperty("dataFeedElement").EnumerateArray()
            .Single(e => e.GetProperty("url").GetString() == $"http://localhost{Reader.ClaimPath(story)}");
        var work = review.GetProperty("workTranslation").EnumerateArray().ShouldHaveSingleItem();
        work.GetProperty("@type").GetString().ShouldBe("ClaimReview");
        work.GetProperty("inLanguage").GetString().ShouldBe("es");
        work.GetProperty("claimReviewed").GetString().ShouldBe(Statement);
        work.GetProperty("url").GetString().ShouldBe($"http://localhost/es{Reader.ClaimPath(story)}");
    }

    [Fact]
    public async Task A_spanish_reader_finds_the_claim_by_a_word_of_its_approved_translation_accents_or_not()
    {
        var story = await new ClaimStories(site.App.Writer).PublishedAsync($"Search Person {Guid.NewGuid():N}");
        await story.ApproveChangeAsync(await DoAsync(story, Spanish()));

        var found = await ReadAsync($"/es/search?q={_word}");
        found.ShouldContain($"/es{Reader.ClaimPath(story)}");
        // Typed without its accent, as the rest of search.
        (await ReadAsync($"/es/search?q={_word.Replace('é', 'e')}")).ShouldContain($"/es{Reader.ClaimPath(story)}");
    }

    [Fact]
    public async Task A_proposal_and_a_withdrawn_translation_reach_no_output()
    {
        var story = await new ClaimStories(site.App.Writer).PublishedAsync($"Withdrawn Person {Guid.NewGuid():N}");
        var proposal = await DoAsync(story, Spanish());

        foreach (var output in (await OutputsAsync()).Concat(await OwnAsync(story))) output.ShouldNotContain(_word);
        (await SearchFindsAsync(story)).ShouldBeFalse();

        await story.ApproveChangeAsync(proposal);
        // Where a translation belongs (the lists of the API and the default feeds keep the original's words).
        foreach (var output in (await OwnAsync(story)).Concat([await ReadAsync("/feeds/verdicts.atom?lang=es"),
            await ReadAsync("/export/claims.jsonl"), await ClaimReviewFeedAsync()]))
            output.ShouldContain(_word);
        (await SearchFindsAsync(story)).ShouldBeTrue();

        var withdrawal = Guid.NewGuid();
        await story.DoAsync(new WithdrawTranslation(withdrawal, "es", "A figure was mistranslated."), ClaimStories.Reporter);
        // Waiting for review, the withdrawal changes nothing yet; once approved, every output drops the Spanish text.
        (await ReadAsync($"/api/v1/claims/{story.ClaimId}")).ShouldContain(_word);
        await story.ApproveChangeAsync(withdrawal);

        foreach (var output in (await OutputsAsync()).Concat(await OwnAsync(story))) output.ShouldNotContain(_word);
        (await SearchFindsAsync(story)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_draft_with_a_word_of_its_own_is_in_no_output_in_either_language()
    {
        var draft = new ClaimStories(site.App.Writer) { Statement = $"Turnout in {_word} was a record." };
        await draft.RegisterAsync($"Draft Person {Guid.NewGuid():N}");

        foreach (var output in await OutputsAsync()) output.ShouldNotContain(_word);
        (await SearchFindsAsync(draft)).ShouldBeFalse();
        (await _reader.GetAsync($"/api/v1/claims/{draft.ClaimId}")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    public void Dispose() => _reader.Dispose();
}
