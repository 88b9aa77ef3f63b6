using System.Net;
using System.Xml.Linq;
using ClaimTrack.IntegrationTests.Features.Public.Api;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Editing;

namespace ClaimTrack.IntegrationTests.Features.Public;

/// <summary>A claim's language as readers and machines meet it: the page, ClaimReview, search, the API and the feeds.</summary>
public sealed class ClaimLanguageTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>, IDisposable
{
    private readonly Reader _reader = new(db.App);

    private async Task<(ClaimStories English, ClaimStories Spanish)> PublishedPairAsync(string word)
    {
        var english = new ClaimStories(db.App.Writer) { Statement = $"The {word} turnout was a record." };
        var spanish = new ClaimStories(db.App.Writer) { Statement = $"La participación {word} de Díaz fue un récord.", Language = "es" };
        await english.PublishedAsync($"English {word}", "Language topic");
        await spanish.PublishedAsync($"Spanish {word}", "Language topic");
        return (english, spanish);
    }

    [Fact]
    public async Task A_spanish_claims_page_marks_its_own_words_and_its_claimreview_is_in_spanish()
    {
        var (english, spanish) = await PublishedPairAsync("lenguamarca");

        var html = await _reader.PageAsync(Reader.ClaimPath(spanish));
        html.ShouldContain("<h1 class=\"statement\" lang=\"es\">");
        html.ShouldContain("<p class=\"summary\" lang=\"es\">");
        using var review = Reader.ClaimReview(html);
        review.RootElement.GetProperty("inLanguage").GetString().ShouldBe("es");
        review.RootElement.GetProperty("reviewRating").GetProperty("alternateName").GetString().ShouldBe("Falso");

        var englishHtml = await _reader.PageAsync(Reader.ClaimPath(english));
        englishHtml.ShouldContain("<h1 class=\"statement\">");
        using var englishReview = Reader.ClaimReview(englishHtml);
        englishReview.RootElement.GetProperty("inLanguage").GetString().ShouldBe("en");
        englishReview.RootElement.GetProperty("reviewRating").GetProperty("alternateName").GetString().ShouldBe("False");
    }

    [Fact]
    public async Task Reader_search_follows_one_language_and_refuses_one_the_newsroom_does_not_publish_in()
    {
        await PublishedPairAsync("buscamarca");

        (await _reader.PageAsync("/search?q=buscamarca")).ShouldContain("2 fact checks found");
        var spanish = await _reader.PageAsync("/search?q=buscamarca&lang=es");
        spanish.ShouldContain("1 fact check found");
        spanish.ShouldContain("buscamarca de D"); // the page may write í as a character reference
        spanish.ShouldContain("<option value=\"es\" lang=\"es\" selected");
        (await _reader.PageAsync("/search?q=buscamarca&lang=EN")).ShouldContain("The buscamarca turnout");

        var (unknown, unknownBody) = await _reader.GetAsync("/search?q=buscamarca&lang=fr");
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        unknownBody.ShouldContain("lang=fr is not one of them");
        (await _reader.GetAsync("/search?q=buscamarca&lang=%3Cscript%3E")).Response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_api_lists_one_language_names_the_rating_in_it_and_refuses_a_bad_language_as_a_problem()
    {
        var (english, spanish) = await PublishedPairAsync("apimarca");

        var listed = (await _reader.JsonAsync("/api/v1/claims?claimant=spanish-apimarca&language=es")).GetProperty("claims");
        listed.GetArrayLength().ShouldBe(1);
        listed[0].GetProperty("language").GetString().ShouldBe("es");
        listed[0].GetProperty("rating").GetProperty("label").GetString().ShouldBe("Falso");
        // Asked first without the filter: a cache that ignored it would answer the filtered list with this one.
        (await _reader.JsonAsync("/api/v1/claims?claimant=english-apimarca")).GetProperty("claims").GetArrayLength().ShouldBe(1);
        (await _reader.JsonAsync("/api/v1/claims?claimant=english-apimarca&language=es")).GetProperty("claims").GetArrayLength().ShouldBe(0);
        var full = await _reader.JsonAsync($"/api/v1/claims/{english.ClaimId}");
        (full.GetProperty("language").GetString(), full.GetProperty("verdict").GetProperty("rating").GetProperty("label").GetString()).ShouldBe(("en", "False"));

        (await _reader.ProblemAsync("/api/v1/claims?language=fr", HttpStatusCode.BadRequest)).GetRawText().ShouldContain("language");
        (await _reader.ProblemAsync("/api/v1/claims?language=not%20a%20tag", HttpStatusCode.BadRequest)).GetRawText().ShouldContain("language");
        _ = spanish;
    }

    [Fact]
    public async Task A_feed_follows_one_language_and_marks_each_entry_with_its_own()
    {
        await PublishedPairAsync("feedmarca");

        var (response, body) = await _reader.GetAsync("/feeds/claimants/spanish-feedmarca.atom?lang=es");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = XDocument.Parse(body).Root!.Elements(atom + "entry").ToList();
        entries.ShouldNotBeEmpty();
        entries.ShouldAllBe(e => (string?)e.Attribute(XNamespace.Xml + "lang") == "es");

        var (_, rss) = await _reader.GetAsync("/feeds/claimants/english-feedmarca.rss");
        // Asked after the unfiltered feed: the cache keys on lang, so this is not the copy stored a moment ago.
        (await _reader.GetAsync("/feeds/claimants/english-feedmarca.rss?lang=es")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        XDocument.Parse(rss).Descendants("item").ShouldAllBe(i => (string?)i.Element(dc + "language") == "en");
        var (refused, why) = await _reader.GetAsync("/feeds/verdicts.rss?lang=xx");
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        why.ShouldContain("Español (es)");
    }

    [Fact]
    public async Task A_claim_moves_only_to_a_configured_language_and_is_found_in_the_new_one()
    {
        var story = new ClaimStories(db.App.Writer) { Statement = "The movemarca figure was wrong." };
        await story.PublishedAsync("Mover movemarca", "Language topic");

        var refused = await Should.ThrowAsync<ClaimInputInvalid>(() => story.DoAsync(Edit(story, "de"), ClaimStories.Reporter));
        refused.Errors["Language"].ShouldHaveSingleItem().ShouldContain("English (en), Español (es)");
        await story.DoAsync(Edit(story, "es"), ClaimStories.Reporter);
        (await _reader.PageAsync("/search?q=movemarca&lang=es")).ShouldContain("0 fact checks found"); // readers wait for the review
        await story.UpdateAsync("The claim was made in Spanish.");

        // The approval evicts the cached pages in the same request: the next read shows the claim in its new language.
        (await _reader.PageAsync("/search?q=movemarca&lang=es")).ShouldContain("1 fact check found");
        (await _reader.PageAsync(Reader.ClaimPath(story))).ShouldContain("<h1 class=\"statement\" lang=\"es\">");
    }

    private static EditClaim Edit(ClaimStories story, string language) =>
        new(story.Statement, true, "Mover movemarca", ClaimantKind.Person, "Minister of Interior", null, ["Language topic"], language);

    public void Dispose() => _reader.Dispose();
}
