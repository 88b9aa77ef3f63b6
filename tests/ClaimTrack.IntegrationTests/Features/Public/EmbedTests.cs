using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimTrack.IntegrationTests.Support;

namespace ClaimTrack.IntegrationTests.Features.Public;

/// <summary>The verdict card other sites frame, and the oEmbed answer that hands them its snippet.</summary>
public sealed partial class EmbedTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>, IDisposable
{
    private readonly Reader _reader = new(db.App);

    private Task<ClaimStories> PublishedAsync() =>
        new ClaimStories(db.App.Writer) { Statement = $"Embedded claim {Guid.NewGuid():N} about turnout." }.PublishedAsync("Embed Person");

    [Fact]
    public async Task The_card_is_plain_html_any_site_may_frame_while_the_claim_page_keeps_refusing_frames()
    {
        var story = await PublishedAsync();

        var (card, body) = await _reader.GetAsync($"/embed/claims/{story.ClaimId}");
        var (page, _) = await _reader.GetAsync(Reader.ClaimPath(story));

        card.StatusCode.ShouldBe(HttpStatusCode.OK);
        body.ShouldContain(story.Statement);
        body.ShouldContain(">False</span>");
        body.ShouldContain($"href=\"http://localhost{Reader.ClaimPath(story)}\" target=\"_blank\" rel=\"noopener\"");
        body.ShouldNotContain("<script");
        card.Headers.Contains("Set-Cookie").ShouldBeFalse();
        card.Headers.Contains("X-Frame-Options").ShouldBeFalse();
        string.Join(";", card.Headers.GetValues("Content-Security-Policy")).ShouldContain("frame-ancestors *");
        string.Join(";", card.Headers.GetValues("Content-Security-Policy")).ShouldNotContain("script-src");
        page.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        string.Join(";", page.Headers.GetValues("Content-Security-Policy")).ShouldContain("frame-ancestors 'none'");
    }

    [Fact]
    public async Task The_claim_page_advertises_oembed_whose_answer_parses_as_a_rich_card_of_the_size_asked()
    {
        var story = await PublishedAsync();
        var page = await _reader.PageAsync(Reader.ClaimPath(story));
        page.ShouldContain("<details class=\"embed\">");
        page.ShouldContain($"&lt;iframe src=&quot;http://localhost/embed/claims/{story.ClaimId}&quot;");
        var discovery = Discovery().Match(page);
        discovery.Success.ShouldBeTrue("the page carries the oEmbed discovery link");

        var (response, json) = await _reader.GetAsync(WebUtility.HtmlDecode(discovery.Groups[1].Value));
        var (narrow, narrowJson) = await _reader.GetAsync($"/oembed?url={Uri.EscapeDataString($"http://localhost{Reader.ClaimPath(story)}")}&maxwidth=320");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        using var answer = JsonDocument.Parse(json);
        var root = answer.RootElement;
        (root.GetProperty("version").GetString(), root.GetProperty("type").GetString()).ShouldBe(("1.0", "rich"));
        root.GetProperty("title").GetString().ShouldBe(story.Statement);
        (root.GetProperty("width").GetInt32(), root.GetProperty("height").GetInt32()).ShouldBe((500, 240));
        root.GetProperty("html").GetString()!.ShouldStartWith($"<iframe src=\"http://localhost/embed/claims/{story.ClaimId}\" width=\"500\" height=\"240\"");
        root.GetProperty("provider_url").GetString().ShouldBe("http://localhost/");

        narrow.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var small = JsonDocument.Parse(narrowJson);
        small.RootElement.GetProperty("width").GetInt32().ShouldBe(320);
        small.RootElement.GetProperty("html").GetString()!.ShouldContain("width=\"320\"");
    }

    [Fact]
    public async Task A_claims_spanish_address_embeds_the_spanish_card()
    {
        var story = await PublishedAsync();
        var spanishCard = $"http://localhost/es/embed/claims/{story.ClaimId}";
        // The snippet a reader of the Spanish page copies, and what a consumer given that page's address is handed.
        (await _reader.PageAsync("/es" + Reader.ClaimPath(story))).ShouldContain($"&lt;iframe src=&quot;{spanishCard}&quot;");
        var (response, json) = await _reader.GetAsync($"/oembed?url={Uri.EscapeDataString($"http://localhost/es{Reader.ClaimPath(story)}")}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var answer = JsonDocument.Parse(json);
        answer.RootElement.GetProperty("html").GetString()!.ShouldStartWith($"<iframe src=\"{spanishCard}\"");
        // The English address's answer is its own (the two are cached apart), and a prefix no language has is no page.
        var (_, englishJson) = await _reader.GetAsync($"/oembed?url={Uri.EscapeDataString($"http://localhost{Reader.ClaimPath(story)}")}");
        using var english = JsonDocument.Parse(englishJson);
        english.RootElement.GetProperty("html").GetString()!.ShouldStartWith($"<iframe src=\"http://localhost/embed/claims/{story.ClaimId}\"");
        (await _reader.GetAsync($"/oembed?url={Uri.EscapeDataString($"http://localhost/xx{Reader.ClaimPath(story)}")}")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Unknown_unpublished_retracted_and_foreign_addresses_get_404_and_xml_a_501()
    {
        var draft = new ClaimStories(db.App.Writer) { Statement = "An embed draft nobody may see." };
        await draft.RegisterAsync("Embed Drafter");
        var retracted = await PublishedAsync();
        await retracted.RetractAsync("Misattributed.");
        var published = await PublishedAsync();
        static string OEmbed(string url, string more = "") => $"/oembed?url={Uri.EscapeDataString(url)}{more}";

        (await _reader.GetAsync(OEmbed($"http://localhost/claims/{Guid.NewGuid()}/x"))).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _reader.GetAsync(OEmbed($"http://localhost/claims/{draft.ClaimId}/x"))).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _reader.GetAsync(OEmbed($"http://localhost{Reader.ClaimPath(retracted)}"))).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _reader.GetAsync(OEmbed($"https://elsewhere.example.org{Reader.ClaimPath(published)}"))).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _reader.GetAsync(OEmbed($"http://localhost{Reader.ClaimPath(published)}", "&format=xml"))).Response.StatusCode.ShouldBe(HttpStatusCode.NotImplemented);
        var (bad, why) = await _reader.GetAsync(OEmbed($"http://localhost{Reader.ClaimPath(published)}", "&maxwidth=wide"));
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        why.ShouldContain("maxwidth");
        (await _reader.GetAsync("/oembed")).Response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _reader.GetAsync(OEmbed($"http://localhost{Reader.ClaimPath(published)}\0"))).Response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _reader.GetAsync(OEmbed($"http://localhost{Reader.ClaimPath(published)}", "&maxwidth=99999999999999"))).Response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _reader.GetAsync(OEmbed("javascript:alert(document.cookie)"))).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _reader.GetAsync("/embed/claims/not-a-claim")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _reader.GetAsync($"/embed/claims/{draft.ClaimId}")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _reader.GetAsync($"/embed/claims/{retracted.ClaimId}")).Response.StatusCode.ShouldBe(HttpStatusCode.Gone);
    }

    [Fact]
    public async Task A_correction_reaches_the_cached_card_and_the_oembed_answer_at_once()
    {
        var story = await PublishedAsync();
        var oembed = $"/oembed?url={Uri.EscapeDataString($"http://localhost{Reader.ClaimPath(story)}")}&format=json";
        (await _reader.PageAsync($"/embed/claims/{story.ClaimId}")).ShouldContain("Turnout was high");
        await _reader.PageAsync(oembed);

        await story.CorrectAsync("Corrected summary for the embed.", "Corrected reasoning.", "Wrong figure");
        await story.DoAsync(new Web.Features.Claims.Editing.EditClaim($"Edited {story.Statement}", true, "Embed Person",
            Web.Features.Claims.ClaimantKind.Person, "Minister of Interior", null, [], "en"), ClaimStories.Reporter);
        await story.UpdateAsync("The statement now quotes the transcript.");

        (await _reader.PageAsync($"/embed/claims/{story.ClaimId}")).ShouldContain("Corrected summary for the embed.");
        (await _reader.PageAsync(oembed)).ShouldContain($"Edited {story.Statement}");
    }

    [GeneratedRegex("<link rel=\"alternate\" type=\"application/json\\+oembed\" href=\"([^\"]+)\" title=\"[^\"]+\" />")]
    private static partial Regex Discovery();

    public void Dispose() => _reader.Dispose();
}
