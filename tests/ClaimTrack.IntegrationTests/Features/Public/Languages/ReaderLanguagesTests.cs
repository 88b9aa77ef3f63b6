using System.Net;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;

namespace ClaimTrack.IntegrationTests.Features.Public.Languages;

/// <summary>
/// Issue 18, part 3: every reader page also answers under /es/ in Spanish, the cache keeps the languages apart and one
/// eviction drops both, a browser that prefers Spanish is sent there on arrival, and anything else under a prefix is a 404.
/// </summary>
public sealed class ReaderLanguagesTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>, IDisposable
{
    private readonly Reader _reader = new(db.App);

    [Fact]
    public async Task Every_reader_page_answers_under_es_in_spanish_with_its_links_in_spanish()
    {
        var story = await new ClaimStories(db.App.Writer).PublishedAsync("Lengua Persona", "Elecciones");
        var claim = Reader.ClaimPath(story);
        string[] pages = ["/", claim, "/search?q=turnout", "/claimants", $"/claimants/{Slugs.From("Lengua Persona")}", "/topics",
            $"/topics/{Slugs.From("Elecciones")}", "/corrections", "/corrections/policy", "/methodology", "/feeds", "/suggest",
            $"/corrections/request/{story.ClaimId}", $"/embed/claims/{story.ClaimId}"];
        foreach (var path in pages)
        {
            var spanish = await _reader.PageAsync("/es" + path);
            spanish.ShouldContain("<html lang=\"es\">", customMessage: path);
            var english = await _reader.PageAsync(path);
            english.ShouldContain("<html lang=\"en\">", customMessage: path);
        }

        var page = await _reader.PageAsync("/es" + claim);
        page.ShouldContain("Nuestro veredicto:");
        page.ShouldContain("Dónde apareció la afirmación");
        page.ShouldContain($"href=\"/es/claimants/{Slugs.From("Lengua Persona")}\"");
        // The claim is English and has no Spanish text: its canonical is the original's address (docs/languages.md).
        page.ShouldContain($"<link rel=\"canonical\" href=\"http://localhost{claim}\" />");
        // The switch: the same page in English, marked so the browser's Spanish does not send the reader back.
        page.ShouldContain($"<a href=\"{claim}?hl=en\" hreflang=\"en\" lang=\"en\">English</a>");
        (await _reader.PageAsync(claim)).ShouldContain($"<a href=\"/es{claim}\" hreflang=\"es\" lang=\"es\">Español</a>");
        var search = await _reader.PageAsync("/es/search?q=turnout");
        search.ShouldContain("action=\"/es/search\"");
        search.ShouldContain("href=\"/search?q=turnout&amp;page=1&amp;hl=en\" hreflang=\"en\"");
        (await _reader.PageAsync("/es/suggest")).ShouldContain("action=\"/es/suggest\"");
        (await _reader.PageAsync("/es/")).ShouldContain("Últimas verificaciones");
    }

    [Fact]
    public async Task An_updates_list_of_changes_reads_in_the_pages_language_with_its_values_as_stored()
    {
        var story = await new ClaimStories(db.App.Writer).PublishedAsync("Cambios Persona");
        await story.AttachEvidenceAsync("Census table, 2024 edition", Guid.NewGuid());
        await story.UpdateAsync("A second source was added.");

        (await _reader.PageAsync("/es" + Reader.ClaimPath(story))).ShouldContain("<li>prueba añadida: Census table, 2024 edition</li>");
        (await _reader.PageAsync(Reader.ClaimPath(story))).ShouldContain("<li>evidence added: Census table, 2024 edition</li>");
    }

    [Fact]
    public async Task The_cache_keeps_one_copy_per_language_and_an_eviction_drops_both()
    {
        var story = await new ClaimStories(db.App.Writer).PublishedAsync("Cached Language Person");
        var claim = Reader.ClaimPath(story);
        // Spanish first, then English, then Spanish again: each from its own copy, never the other's.
        (await _reader.PageAsync("/es" + claim)).ShouldContain("Nuestro veredicto:");
        var english = await _reader.PageAsync(claim);
        english.ShouldContain("Our verdict:");
        english.ShouldNotContain("Nuestro veredicto:");
        (await _reader.PageAsync("/es" + claim)).ShouldNotContain("Our verdict:");

        // Both are stored: a change the cache is not told about shows in neither.
        await using (var session = db.App.Store.LightweightSession())
        {
            session.QueueSqlCommand(
                "update mt_doc_publishedclaim set data = jsonb_set(data, '{Content,Verdict,Summary}', '\"Changed behind the cache.\"') where id = ?",
                story.ClaimId);
            await session.SaveChangesAsync();
        }
        (await _reader.PageAsync(claim)).ShouldNotContain("Changed behind the cache.");
        (await _reader.PageAsync("/es" + claim)).ShouldNotContain("Changed behind the cache.");

        await story.ReviseAsync("true", "The count was finished.");

        (await _reader.PageAsync(claim)).ShouldContain("Why: The count was finished.");
        (await _reader.PageAsync("/es" + claim)).ShouldContain("Motivo: The count was finished.");
    }

    [Fact]
    public async Task A_browser_preferring_spanish_is_sent_to_the_spanish_page_on_arrival_only()
    {
        var story = await new ClaimStories(db.App.Writer).PublishedAsync("Browser Language Person");
        var claim = Reader.ClaimPath(story);
        void Spanish(HttpRequestMessage r) => r.Headers.TryAddWithoutValidation("Accept-Language", "es-VE,es;q=0.9,en;q=0.5");

        var (sent, _) = await _reader.GetAsync(claim, Spanish);
        sent.StatusCode.ShouldBe(HttpStatusCode.Found);
        sent.Headers.Location!.OriginalString.ShouldBe("/es" + claim);
        sent.Headers.Vary.ShouldContain("Accept-Language");
        sent.Headers.Contains("Set-Cookie").ShouldBeFalse();
        (await _reader.GetAsync("/search?q=turnout", Spanish)).Response.Headers.Location!.OriginalString.ShouldBe("/es/search?q=turnout");

        // Stays: English preferred; the switch's mark; a link followed on this site; already Spanish; not a page.
        var (english, body) = await _reader.GetAsync(claim, r => r.Headers.TryAddWithoutValidation("Accept-Language", "en-GB,en;q=0.9,es;q=0.8"));
        english.StatusCode.ShouldBe(HttpStatusCode.OK);
        english.Headers.Vary.ShouldContain("Accept-Language");
        body.ShouldContain("<html lang=\"en\">");
        (await _reader.GetAsync(claim + "?hl=en", Spanish)).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _reader.GetAsync(claim, r => { Spanish(r); r.Headers.Referrer = new Uri("http://localhost/es/"); })).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _reader.GetAsync(claim, r => { Spanish(r); r.Headers.Referrer = new Uri("https://elsewhere.example/"); })).Response.StatusCode.ShouldBe(HttpStatusCode.Found);
        (await _reader.GetAsync("/es" + claim, r => r.Headers.TryAddWithoutValidation("Accept-Language", "en"))).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _reader.GetAsync($"/feeds/claims/{story.ClaimId}.rss", Spanish)).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _reader.GetAsync("/no-such-page", Spanish)).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The English page stored for a reader who stayed is the page every English request gets; the redirect is decided first.
        (await _reader.GetAsync(claim, Spanish)).Response.StatusCode.ShouldBe(HttpStatusCode.Found);
    }

    [Fact]
    public async Task Unknown_prefixes_and_addresses_that_are_not_reader_pages_are_not_found_under_a_prefix()
    {
        var story = await new ClaimStories(db.App.Writer).PublishedAsync("Prefix Person");
        foreach (var path in new[] { "/xx/", "/xx" + Reader.ClaimPath(story), "/en/", "/en" + Reader.ClaimPath(story), "/de/search?q=turnout" })
        {
            var (response, body) = await _reader.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
            body.ShouldContain("<html lang=\"en\">", customMessage: path);
        }
        foreach (var path in new[] { "/es/no-such-page", $"/es/feeds/claims/{story.ClaimId}.rss", "/es/feeds/verdicts.rss", "/es/sitemap.xml",
                     "/es/api/v1/claims", $"/es/cards/{story.ClaimId}.png", "/es/desk", "/es/account/login", "/es/health/live" })
        {
            var (response, body) = await _reader.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
            response.Headers.Contains("Set-Cookie").ShouldBeFalse(path);
            body.ShouldContain("Página no encontrada", customMessage: path);
            body.ShouldContain("<html lang=\"es\">", customMessage: path);
        }
    }

    [Fact]
    public async Task A_spanish_form_answers_its_problems_in_spanish()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["said"] = "Algo" });
        using var client = db.App.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var response = await client.PostAsync("/es/suggest", form);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldContain("<html lang=\"es\">");
        body.ShouldContain("No se pudo comprobar este formulario");
    }

    [Fact]
    public async Task A_spanish_page_answers_its_etag_with_a_304()
    {
        var story = await new ClaimStories(db.App.Writer).PublishedAsync("Etag Language Person");
        var (first, _) = await _reader.GetAsync("/es" + Reader.ClaimPath(story));
        var tag = first.Headers.ETag.ShouldNotBeNull();
        var (english, _) = await _reader.GetAsync(Reader.ClaimPath(story));
        english.Headers.ETag.ShouldNotBe(tag);

        var (again, body) = await _reader.GetAsync("/es" + Reader.ClaimPath(story), r => r.Headers.IfNoneMatch.Add(tag));
        again.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        body.ShouldBeEmpty();
    }

    public void Dispose() => _reader.Dispose();
}
