using System.Net;
using System.Text.Json;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Public.OpenData;

namespace ClaimTrack.IntegrationTests.Features.Public.OpenData;

/// <summary>/feeds/claimreview.jsonld read as an aggregator reads it: every page by its next link, then what changed since.</summary>
public sealed class ClaimReviewFeedTests(OpenDataNewsroom newsroom) : IClassFixture<OpenDataNewsroom>, IDisposable
{
    private readonly Reader _reader = new(newsroom.App);

    /// <summary>Every element from the given address on, following next links, with the pages it took.</summary>
    private async Task<(List<JsonElement> Elements, int Pages)> ReadAllAsync(string path = ClaimReviewFeed.Path)
    {
        var elements = new List<JsonElement>();
        var pages = 0;
        for (string? next = path; next is not null; pages++)
        {
            pages.ShouldBeLessThan(100, "the next links go round in circles");
            var (response, body) = await _reader.GetAsync(next);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, next);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/ld+json");
            response.Headers.Contains("Set-Cookie").ShouldBeFalse();
            var feed = JsonDocument.Parse(body).RootElement;
            feed.GetProperty("@type").GetString().ShouldBe("DataFeed");
            elements.AddRange(feed.GetProperty("dataFeedElement").EnumerateArray().Select(e => e.Clone()));
            next = feed.TryGetProperty("next", out var link) ? new Uri(link.GetString()!).PathAndQuery : null;
            var links = response.Headers.GetValues("Link").Single();
            links.ShouldContain($"<{OpenDataNewsroom.LicenceUrl}>; rel=\"license\"");
            if (next is null) links.ShouldNotContain("rel=\"next\"");
            else links.ShouldContain($"{next}>; rel=\"next\"");
        }
        return (elements, pages);
    }

    private static string Url(JsonElement element) => element.GetProperty("url").GetString()!;

    private static bool Names(JsonElement element, ClaimStories story) => Url(element).Contains(story.ClaimId.ToString(), StringComparison.Ordinal);

    private async Task<ReaderClaim> ShownAsync(ClaimStories story)
    {
        await using var session = newsroom.App.Store.QuerySession();
        return (await session.LoadAsync<ReaderClaim>(story.ClaimId))!;
    }

    [Fact]
    public async Task Next_links_walk_every_published_claim_once_in_the_order_they_changed()
    {
        // Claims published by the same steps share their times to the minute: ties cross page boundaries.
        var stories = new List<ClaimStories>();
        for (var i = 0; i < 5; i++) stories.Add(await new ClaimStories(newsroom.App.Writer).PublishedAsync($"Paged Person {i} {Guid.NewGuid():N}"));

        var (elements, pages) = await ReadAllAsync();

        pages.ShouldBeGreaterThanOrEqualTo(3);
        elements.Select(Url).ShouldBeUnique();
        foreach (var story in stories) elements.Count(e => Names(e, story)).ShouldBe(1);
        var modified = elements.Select(e => DateTimeOffset.Parse(e.GetProperty("dateModified").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        modified.ShouldBe(modified.Order().ToList());
        var review = elements.First(e => Names(e, stories[0]));
        review.GetProperty("@type").GetString().ShouldBe("ClaimReview");
        review.GetProperty("inLanguage").GetString().ShouldBe("en");
        review.GetProperty("sdLicense").GetString().ShouldBe(OpenDataNewsroom.LicenceUrl);
    }

    [Fact]
    public async Task Times_finer_than_the_database_keeps_neither_repeat_nor_lose_a_claim_across_pages()
    {
        // Seven decimals, as a real clock gives them: PostgreSQL keeps six, so a cursor compared any other way than the
        // stored time would name the last claim of a page again, or skip its neighbours.
        var start = ClaimStories.Monday.AddDays(30).AddTicks(1_234_567);
        var stories = new List<ClaimStories>();
        for (var i = 0; i < 3; i++) stories.Add(await new ClaimStories(newsroom.App.Writer) { Start = start }.PublishedAsync($"Ticking Person {i} {Guid.NewGuid():N}"));

        var (elements, pages) = await ReadAllAsync($"{ClaimReviewFeed.Path}?since={FeedCursor.Format(start)}");

        elements.Select(Url).ShouldBeUnique();
        foreach (var story in stories) elements.Count(e => Names(e, story)).ShouldBe(1);
        pages.ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task Since_gives_only_what_changed_after_and_a_revision_comes_back_with_its_new_rating()
    {
        var quiet = await new ClaimStories(newsroom.App.Writer).PublishedAsync($"Quiet Person {Guid.NewGuid():N}");
        var revised = await new ClaimStories(newsroom.App.Writer).PublishedAsync($"Revised Person {Guid.NewGuid():N}");
        var first = await ReadAllAsync(); // cached now: the revision must evict it
        first.Elements.Count(e => Names(e, revised)).ShouldBe(1);
        var since = FeedCursor.Format((await ShownAsync(quiet)).LastModifiedAt);

        await revised.ReviseAsync("mostly-false", "The final count came in.");

        var changed = (await ReadAllAsync($"{ClaimReviewFeed.Path}?since={since}")).Elements;
        changed.ShouldNotContain(e => Names(e, quiet));
        var revision = changed.Single(e => Names(e, revised));
        revision.GetProperty("reviewRating").GetProperty("alternateName").GetString().ShouldBe("Mostly false");
        var after = (await ShownAsync(quiet)).LastModifiedAt;
        changed.ShouldAllBe(e => DateTimeOffset.Parse(e.GetProperty("dateModified").GetString()!, System.Globalization.CultureInfo.InvariantCulture) >= after.AddSeconds(-1));
    }

    [Fact]
    public async Task Drafts_and_changes_waiting_for_review_never_reach_the_feed_and_a_retraction_is_a_deletion()
    {
        var draft = await new ClaimStories(newsroom.App.Writer).RegisterAsync($"Draft Feed Person {Guid.NewGuid():N}");
        await draft.AttachEvidenceAsync();
        await draft.ProposeAsync();
        await draft.ApproveAsync();
        var pending = await new ClaimStories(newsroom.App.Writer).PublishedAsync($"Pending Feed Person {Guid.NewGuid():N}");
        await pending.ProposeAsync("true", "Zorblax pending revision reason", Guid.NewGuid());
        await pending.ProposeCorrectionAsync("Quillfeather pending correction.", "Pending reasoning.", "Pending note");
        var retracted = await new ClaimStories(newsroom.App.Writer).PublishedAsync($"Retracted Feed Person {Guid.NewGuid():N}");
        await retracted.RetractAsync("The quote was misattributed.");

        var elements = (await ReadAllAsync()).Elements;
        var text = string.Join('\n', elements.Select(e => e.GetRawText()));

        text.ShouldNotContain(draft.ClaimId.ToString());
        text.ShouldNotContain("Zorblax");
        text.ShouldNotContain("Quillfeather");
        elements.Single(e => Names(e, pending)).GetProperty("reviewRating").GetProperty("alternateName").GetString().ShouldBe("False");
        var deletion = elements.Single(e => Names(e, retracted));
        deletion.GetProperty("@type").GetString().ShouldBe("DataFeedItem");
        deletion.TryGetProperty("dateDeleted", out _).ShouldBeTrue();
        // Its address stays, as aggregators stored it; nothing it said does.
        deletion.GetRawText().ShouldNotContain(retracted.Statement);
        deletion.GetRawText().ShouldNotContain("misattributed");
    }

    [Theory]
    [InlineData("?since=yesterday", "since must be an ISO 8601 date")]
    [InlineData("?since=2025-03-01T25:00:00Z", "since must be an ISO 8601 date")]
    [InlineData("?after=00000000-0000-0000-0000-000000000001", "after must be a claim id")]
    [InlineData("?since=2025-03-01&after=nine", "after must be a claim id")]
    public async Task A_cursor_the_feed_cannot_read_is_a_400_that_says_why(string query, string message)
    {
        var (response, body) = await _reader.GetAsync(ClaimReviewFeed.Path + query);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString()!.ShouldStartWith(message);
    }

    [Fact]
    public async Task A_feed_reader_that_has_the_page_gets_a_304()
    {
        await new ClaimStories(newsroom.App.Writer).PublishedAsync($"Etag Person {Guid.NewGuid():N}");
        var (first, _) = await _reader.GetAsync(ClaimReviewFeed.Path);

        var (again, body) = await _reader.GetAsync(ClaimReviewFeed.Path, r => r.Headers.IfNoneMatch.Add(first.Headers.ETag!));

        again.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        body.ShouldBeEmpty();
    }

    public void Dispose() => _reader.Dispose();
}
