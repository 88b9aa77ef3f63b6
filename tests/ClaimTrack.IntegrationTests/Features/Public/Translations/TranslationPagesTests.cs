using System.Net;
using System.Text.RegularExpressions;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims.Translations;

namespace ClaimTrack.IntegrationTests.Features.Public.Translations;

/// <summary>Readers find a translation only once another editor approved it, and then on the page, in its links and the sitemap.</summary>
public sealed class TranslationPagesTests(TranslatedSite site) : IClassFixture<TranslatedSite>, IDisposable
{
    // A place of each test's own: the app (and its listings) is shared by the tests of this class.
    private readonly string _place = "Quimbayá" + Guid.NewGuid().ToString("N")[..6];
    private readonly Reader _reader = new(site.App);

    private string Statement => $"La participación en {_place} fue la más alta en cuarenta años.";

    private ProposeTranslation Spanish(Guid changeId) =>
        new(changeId, "es", Statement, null, "No es un récord de cuarenta años.", "La participación fue del **71 %**.");

    private static async Task<Guid> ProposeAsync(ClaimStories story, object command)
    {
        await story.DoAsync(command, ClaimStories.Reporter);
        return command switch { ProposeTranslation p => p.ChangeId, WithdrawTranslation w => w.ChangeId, _ => throw new ArgumentException(null, nameof(command)) };
    }

    /// <summary>A page as the reader reads it: the markup encodes accented letters.</summary>
    private async Task<string> ReadAsync(string path) => WebUtility.HtmlDecode(await _reader.PageAsync(path));

    /// <summary>What a reader or a machine can see of one claim itself, the Spanish address included, read through the caches.</summary>
    private async Task<string[]> SeenAsync(ClaimStories story) =>
    [
        await ReadAsync(Reader.ClaimPath(story)), await ReadAsync("/es" + Reader.ClaimPath(story)),
        await ReadAsync($"/feeds/claims/{story.ClaimId}.rss"), await ReadAsync($"/api/v1/claims/{story.ClaimId}"),
    ];

    /// <summary>The listings and machine documents, which other claims (and the async summaries) change meanwhile.</summary>
    private async Task<string[]> ListedAsync() =>
    [
        await ReadAsync("/sitemap.xml"), await ReadAsync("/feeds/verdicts.rss"),
        await ReadAsync("/feeds/claimreview.jsonld"), await ReadAsync("/api/v1/claims"),
    ];

    private static string Hreflang(string language, string path) => $"<link rel=\"alternate\" hreflang=\"{language}\" href=\"http://localhost{path}\" />";

    [Fact]
    public async Task A_proposed_translation_is_on_no_public_surface_and_an_approved_one_is_on_its_page_links_and_sitemap()
    {
        var story = await new ClaimStories(site.App.Writer).PublishedAsync($"Translated Person {Guid.NewGuid():N}");
        var path = Reader.ClaimPath(story);
        var before = await SeenAsync(story);
        var change = await ProposeAsync(story, Spanish(Guid.NewGuid()));

        (await SeenAsync(story)).ShouldBe(before);
        // Every reader page links its Spanish frame (the language switch); no page yet offers a Spanish text.
        foreach (var page in before) page.ShouldNotContain("<link rel=\"alternate\" hreflang");
        foreach (var page in before) page.ShouldNotContain("class=\"translations\"");
        foreach (var text in before.Concat(await ListedAsync())) text.ShouldNotContain(_place);
        foreach (var text in await ListedAsync()) text.ShouldNotContain($"/es{path}");
        (await ReadAsync($"/search?q={_place}")).ShouldContain("0 fact checks found");

        await story.ApproveChangeAsync(change);

        // Both pages were cached before the approval: each shows it now, so the approval evicted them.
        var spanish = await ReadAsync("/es" + path);
        spanish.ShouldContain($"<h1 class=\"statement\" lang=\"es\">“{Statement}”</h1>");
        spanish.ShouldContain("<p class=\"summary\" lang=\"es\">No es un récord de cuarenta años.</p>");
        spanish.ShouldContain("<div class=\"reasoning\" lang=\"es\"><p>La participación fue del <strong>71 %</strong>.</p>");
        spanish.ShouldContain($"<link rel=\"canonical\" href=\"http://localhost/es{path}\" />");
        using (var review = Reader.ClaimReview(spanish))
        {
            review.RootElement.GetProperty("claimReviewed").GetString().ShouldBe(Statement);
            review.RootElement.GetProperty("inLanguage").GetString().ShouldBe("es");
            review.RootElement.GetProperty("url").GetString().ShouldBe($"http://localhost/es{path}");
        }
        var english = await ReadAsync(path);
        english.ShouldContain("<h1 class=\"statement\">“Turnout was the highest in forty years.”</h1>");
        english.ShouldContain($"<a href=\"/es{path}\" hreflang=\"es\" lang=\"es\">español</a>");
        foreach (var page in new[] { english, spanish })
        {
            page.ShouldContain(Hreflang("en", path));
            page.ShouldContain(Hreflang("es", "/es" + path));
            page.ShouldContain(Hreflang("x-default", path));
        }

        var sitemap = await _reader.PageAsync("/sitemap.xml");
        sitemap.ShouldContain("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"");
        var alternates = $"<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost{path}\" />"
            + $"<xhtml:link rel=\"alternate\" hreflang=\"es\" href=\"http://localhost/es{path}\" />"
            + $"<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"http://localhost{path}\" />";
        Regex.IsMatch(sitemap, $"<url><loc>http://localhost{Regex.Escape(path)}</loc><lastmod>[^<]+</lastmod>{Regex.Escape(alternates)}</url>").ShouldBeTrue();
        Regex.IsMatch(sitemap, $"<url><loc>http://localhost/es{Regex.Escape(path)}</loc><lastmod>[^<]+</lastmod>{Regex.Escape(alternates)}</url>").ShouldBeTrue();
    }

    [Fact]
    public async Task A_withdrawn_translation_leaves_the_page_and_the_sitemap_and_a_correction_puts_one_out_of_date()
    {
        var story = await new ClaimStories(site.App.Writer).PublishedAsync($"Withdrawn Person {Guid.NewGuid():N}");
        var path = Reader.ClaimPath(story);
        await story.ApproveChangeAsync(await ProposeAsync(story, Spanish(Guid.NewGuid())));
        (await ReadAsync("/es" + path)).ShouldContain(Statement);

        await story.ApproveChangeAsync(await story.ProposeCorrectionAsync("Turnout was high, not a record.", "Figures: **71%**.", "Wording"));

        // The Spanish words no longer say what the fact check says: the original, and no language links, until a revision.
        var outOfDate = await ReadAsync("/es" + path);
        outOfDate.ShouldNotContain(Statement);
        outOfDate.ShouldContain("Turnout was high, not a record.");
        outOfDate.ShouldNotContain("<link rel=\"alternate\" hreflang");
        (await _reader.PageAsync("/sitemap.xml")).ShouldNotContain($"/es{path}");

        await story.ApproveChangeAsync(await ProposeAsync(story, Spanish(Guid.NewGuid()) with { Summary = "Alta, pero no un récord." }));
        (await ReadAsync("/es" + path)).ShouldContain("Alta, pero no un récord.");

        await story.ApproveChangeAsync(await ProposeAsync(story, new WithdrawTranslation(Guid.NewGuid(), "es", "A figure was mistranslated.")));

        var withdrawn = await ReadAsync("/es" + path);
        withdrawn.ShouldNotContain("Alta, pero no un récord.");
        withdrawn.ShouldNotContain("<link rel=\"alternate\" hreflang");
        (await _reader.PageAsync(path)).ShouldNotContain("<link rel=\"alternate\" hreflang");
        (await _reader.PageAsync("/sitemap.xml")).ShouldNotContain($"/es{path}");
    }

    [Fact]
    public async Task An_original_under_another_languages_prefix_names_the_originals_address_as_canonical()
    {
        // No translation: /es/ shows the English words in a Spanish frame, a copy of the English page for a search engine.
        var english = await new ClaimStories(site.App.Writer).PublishedAsync($"Untranslated Person {Guid.NewGuid():N}");
        var path = Reader.ClaimPath(english);
        var framed = await ReadAsync("/es" + path);
        framed.ShouldContain("<html lang=\"es\">");
        framed.ShouldContain($"<link rel=\"canonical\" href=\"http://localhost{path}\" />");
        framed.ShouldContain($"<meta property=\"og:url\" content=\"http://localhost{path}\" />");
        using (var review = Reader.ClaimReview(framed)) review.RootElement.GetProperty("url").GetString().ShouldBe($"http://localhost{path}");

        // A Spanish original is at home under /es/: that address is its canonical, in the ClaimReview too.
        var spanish = await new ClaimStories(site.App.Writer) { Language = "es" }.PublishedAsync($"Persona Original {Guid.NewGuid():N}");
        var spanishPath = Reader.ClaimPath(spanish);
        var home = await ReadAsync("/es" + spanishPath);
        home.ShouldContain($"<link rel=\"canonical\" href=\"http://localhost/es{spanishPath}\" />");
        using (var review = Reader.ClaimReview(home)) review.RootElement.GetProperty("url").GetString().ShouldBe($"http://localhost/es{spanishPath}");
        (await ReadAsync(spanishPath)).ShouldContain($"<link rel=\"canonical\" href=\"http://localhost{spanishPath}\" />");
    }

    [Fact]
    public async Task A_translation_moves_the_pages_last_modified_but_not_the_fact_checks_update()
    {
        var story = await new ClaimStories(site.App.Writer).PublishedAsync($"Modified Person {Guid.NewGuid():N}");
        var path = Reader.ClaimPath(story);
        var (before, beforeBody) = await _reader.GetAsync(path);

        await story.ApproveChangeAsync(await ProposeAsync(story, Spanish(Guid.NewGuid())));

        var (after, afterBody) = await _reader.GetAsync(path);
        after.Content.Headers.LastModified.ShouldNotBe(before.Content.Headers.LastModified);
        using var was = Reader.ClaimReview(beforeBody);
        using var now = Reader.ClaimReview(afterBody);
        now.RootElement.GetProperty("dateModified").GetString().ShouldBe(was.RootElement.GetProperty("dateModified").GetString());
    }

    public void Dispose() => _reader.Dispose();
}
