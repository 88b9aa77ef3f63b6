using System.Net;
using ClaimTrack.IntegrationTests.Support;

namespace ClaimTrack.IntegrationTests.Features.Public;

public sealed class ClaimPageTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>, IDisposable
{
    private readonly Reader _reader = new(db.App);

    [Fact]
    public async Task A_published_claim_shows_its_verdict_evidence_appearances_and_timeline_without_a_cookie()
    {
        var story = await new ClaimStories(db.App.Writer).PublishedAsync("Page Person", "Turnout");
        await story.ReviseAsync("mostly-false", "The council published its final count.");

        var html = await _reader.PageAsync(Reader.ClaimPath(story));

        html.ShouldContain("Turnout was the highest in forty years.");
        html.ShouldContain("Our verdict: <span class=\"rating\"");
        html.ShouldContain("Mostly false");
        html.ShouldContain("figures show <strong>71%</strong>");
        html.ShouldContain("Official turnout figures");
        html.ShouldContain("contradicts the claim");
        html.ShouldContain("Evening News");
        html.ShouldContain("(first appearance)");
        html.IndexOf("<strong>Verdict</strong>", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("<strong>Revised verdict</strong>", StringComparison.Ordinal));
        html.ShouldContain("Why: The council published its final count.");
        html.ShouldContain($"href=\"/feeds/claims/{story.ClaimId}.rss\"");
    }

    [Fact]
    public async Task Link_checkers_and_feed_readers_get_headers_for_HEAD_including_the_safety_headers()
    {
        var story = await new ClaimStories(db.App.Writer).PublishedAsync("Head Person");

        foreach (var path in new[] { Reader.ClaimPath(story), $"/feeds/claims/{story.ClaimId}.rss", "/" })
        {
            // The in-memory test server keeps the body; Kestrel drops it for HEAD.
            var (response, _) = await _reader.GetAsync(path, request => request.Method = HttpMethod.Head);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
            response.Content.Headers.ContentType.ShouldNotBeNull();
            response.Headers.Contains("Set-Cookie").ShouldBeFalse();
            response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
            response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
            response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        }
    }

    [Fact]
    public async Task Addresses_with_query_keys_the_page_does_not_read_are_served_its_one_stored_copy()
    {
        var story = await new ClaimStories(db.App.Writer).PublishedAsync("Junk Query Person");
        var path = Reader.ClaimPath(story);
        (await _reader.PageAsync(path)).ShouldContain("Turnout was high, but not a forty-year record.");
        (await _reader.PageAsync($"{path}?utm_source=junk")).ShouldContain("Turnout was high, but not a forty-year record.");

        // Changed behind the cache's back (no event, so no eviction): only a stored page would still show the old words.
        await using (var session = db.App.Store.LightweightSession())
        {
            session.QueueSqlCommand(
                "update mt_doc_publishedclaim set data = jsonb_set(data, '{Content,Verdict,Summary}', '\"Changed behind the cache.\"') where id = ?",
                story.ClaimId);
            await session.SaveChangesAsync();
        }

        (await _reader.PageAsync("/claimants/junk-query-person")).ShouldContain("Changed behind the cache."); // not stored yet
        // (The old words stay in the timeline either way: the stored copy is the one without the new ones.)
        (await _reader.PageAsync(path)).ShouldNotContain("Changed behind the cache.");
        // Neither rendered again nor stored again: a tracking tag or cache-buster cannot fill the cache with copies.
        (await _reader.PageAsync($"{path}?utm_source=other&n=1738")).ShouldNotContain("Changed behind the cache.");
    }

    [Fact]
    public async Task The_page_carries_claim_review_markup_with_the_required_fields()
    {
        var story = await new ClaimStories(db.App.Writer).PublishedAsync("Markup Person");

        using var json = Reader.ClaimReview(await _reader.PageAsync(Reader.ClaimPath(story)));

        var review = json.RootElement;
        review.GetProperty("@type").GetString().ShouldBe("ClaimReview");
        review.GetProperty("claimReviewed").GetString().ShouldBe("Turnout was the highest in forty years.");
        review.GetProperty("url").GetString()!.ShouldEndWith(Reader.ClaimPath(story));
        review.GetProperty("datePublished").GetString().ShouldNotBeNullOrEmpty();
        review.GetProperty("dateModified").GetString().ShouldNotBeNullOrEmpty();
        review.GetProperty("author").GetProperty("@type").GetString().ShouldBe("Organization");
        var rating = review.GetProperty("reviewRating");
        (rating.GetProperty("ratingValue").GetInt32(), rating.GetProperty("bestRating").GetInt32(), rating.GetProperty("worstRating").GetInt32())
            .ShouldBe((1, 5, 1));
        rating.GetProperty("alternateName").GetString().ShouldBe("False");
        var claim = review.GetProperty("itemReviewed");
        claim.GetProperty("@type").GetString().ShouldBe("Claim");
        claim.GetProperty("author").GetProperty("name").GetString().ShouldBe("Markup Person");
        claim.GetProperty("datePublished").GetString().ShouldBe("2025-03-01");
        claim.GetProperty("firstAppearance").GetProperty("url").GetString().ShouldBe("https://news.example.org/turnout");
        claim.GetProperty("appearance").GetArrayLength().ShouldBe(1);
    }

    [Theory]
    [InlineData("wrong-slug")]
    [InlineData("")]
    public async Task A_wrong_or_missing_slug_redirects_permanently_to_the_canonical_address(string slug)
    {
        var story = await new ClaimStories(db.App.Writer).PublishedAsync("Slug Person");

        var (response, _) = await _reader.GetAsync($"/claims/{story.ClaimId}/{slug}");

        response.StatusCode.ShouldBe(HttpStatusCode.MovedPermanently);
        response.Headers.Location!.ToString().ShouldBe(Reader.ClaimPath(story));
    }

    [Fact]
    public async Task A_draft_is_not_found()
    {
        var draft = await new ClaimStories(db.App.Writer).RegisterAsync("Unpublished Person");
        await draft.AttachEvidenceAsync();
        await draft.ProposeAsync();
        await draft.ApproveAsync();

        var (response, body) = await _reader.GetAsync(Reader.ClaimPath(draft));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        body.ShouldNotContain("Turnout was high, but not a forty-year record.");
    }

    [Theory]
    [InlineData("/claims/00000000-0000-0000-0000-000000000000/x", HttpStatusCode.NotFound)]
    [InlineData("/claims/not-a-guid/x", HttpStatusCode.NotFound)]
    [InlineData("/claims/%27%3B--/x", HttpStatusCode.NotFound)]
    public async Task Unknown_and_malformed_ids_are_not_found_never_a_server_error(string path, HttpStatusCode expected)
    {
        var (response, _) = await _reader.GetAsync(path);

        response.StatusCode.ShouldBe(expected);
    }

    [Fact]
    public async Task A_retracted_claim_is_gone_with_the_reason()
    {
        var story = await new ClaimStories(db.App.Writer).PublishedAsync("Gone Person");
        await story.RetractAsync("The quote was misattributed.");

        var (response, body) = await _reader.GetAsync(Reader.ClaimPath(story));

        response.StatusCode.ShouldBe(HttpStatusCode.Gone);
        body.ShouldContain("This fact check was retracted");
        body.ShouldContain("The quote was misattributed.");
    }

    [Fact]
    public async Task A_cached_page_shows_a_revision_as_soon_as_it_is_approved()
    {
        var story = await new ClaimStories(db.App.Writer).PublishedAsync("Cached Person");
        var first = await _reader.PageAsync(Reader.ClaimPath(story));
        (await _reader.PageAsync(Reader.ClaimPath(story))).ShouldBe(first);

        await story.ReviseAsync("misleading", "New context.");

        var after = await _reader.PageAsync(Reader.ClaimPath(story));
        after.ShouldContain("Misleading");
        after.ShouldContain("Why: New context.");
    }

    [Fact]
    public async Task An_approved_correction_reaches_the_cached_page_at_once()
    {
        var story = await new ClaimStories(db.App.Writer).PublishedAsync("Corrected Person");
        await _reader.PageAsync(Reader.ClaimPath(story));

        await story.CorrectAsync("Turnout was high, but not a 40-year record.", "Figures: **71%**.", "Wording of the summary");

        var after = await _reader.PageAsync(Reader.ClaimPath(story));
        after.ShouldContain("Turnout was high, but not a 40-year record.");
        after.ShouldContain("Why: Wording of the summary");
    }

    [Fact]
    public async Task The_page_answers_a_conditional_request_with_304()
    {
        var story = await new ClaimStories(db.App.Writer).PublishedAsync("Conditional Person");
        var (first, _) = await _reader.GetAsync(Reader.ClaimPath(story));
        var cacheControl = first.Headers.CacheControl!;
        (cacheControl.Public, cacheControl.MustRevalidate, cacheControl.MaxAge).ShouldBe((true, true, TimeSpan.Zero));
        var etag = first.Headers.ETag!;

        var (second, _) = await _reader.GetAsync(Reader.ClaimPath(story), r => r.Headers.IfNoneMatch.Add(etag));

        second.StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    public void Dispose() => _reader.Dispose();
}
