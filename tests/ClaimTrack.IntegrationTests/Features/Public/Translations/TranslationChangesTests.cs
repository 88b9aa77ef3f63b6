using System.Globalization;
using System.Net;
using System.Text.Json;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Claims.Translations;
using ClaimTrack.Web.Features.Public.OpenData;

namespace ClaimTrack.IntegrationTests.Features.Public.Translations;

/// <summary>
/// Approving or withdrawing a translation is a change of the claim for every machine output that carries translations:
/// a harvester polling "changed since" (the ClaimReview DataFeed, the API's updatedSince) is sent the claim again, and
/// the validators of the exports and of the feeds that follow a language move, though the fact check itself did not.
/// Each read goes through the output cache first, so it also shows the cached answers are dropped.
/// </summary>
public sealed class TranslationChangesTests(TranslatedSite site) : IClassFixture<TranslatedSite>, IDisposable
{
    private readonly Reader _reader = new(site.App);
    private readonly string _word = "Orinoqués" + Guid.NewGuid().ToString("N")[..6];

    private ProposeTranslation Spanish() =>
        new(Guid.NewGuid(), "es", $"La participación en {_word} fue la más alta.", null, "No es un récord.", "La participación fue del 71 %.");

    // Each test's claims at their own years, so one test's translations never date another's outputs. The feed test
    // needs the newsroom's newest translation change to be its own: it has the latest year.
    private ClaimStories Story(int years) => new(site.App.Writer) { Start = ClaimStories.Monday.AddYears(years) };

    private async Task<ReaderClaim> ShownAsync(ClaimStories story)
    {
        await using var session = site.App.Store.QuerySession();
        return (await session.LoadAsync<ReaderClaim>(story.ClaimId))!;
    }

    private async Task ApproveSpanishAsync(ClaimStories story)
    {
        var propose = Spanish();
        await story.DoAsync(propose, ClaimStories.Reporter);
        await story.ApproveChangeAsync(propose.ChangeId);
    }

    private static async Task WithdrawSpanishAsync(ClaimStories story)
    {
        var withdrawal = Guid.NewGuid();
        await story.DoAsync(new WithdrawTranslation(withdrawal, "es", "A figure was mistranslated."), ClaimStories.Reporter);
        await story.ApproveChangeAsync(withdrawal);
    }

    /// <summary>The DataFeed's items changed after <paramref name="at"/>, every page by its next link, and the first page's dateModified.</summary>
    private async Task<(List<JsonElement> Items, DateTimeOffset? FeedModified)> DataFeedSinceAsync(DateTimeOffset at)
    {
        var items = new List<JsonElement>();
        DateTimeOffset? modified = null;
        for (string? next = $"{ClaimReviewFeed.Path}?since={FeedCursor.Format(at)}"; next is not null;)
        {
            using var feed = JsonDocument.Parse(await _reader.PageAsync(next));
            var root = feed.RootElement;
            if (modified is null && root.TryGetProperty("dateModified", out var date)) modified = Time(date);
            items.AddRange(root.GetProperty("dataFeedElement").EnumerateArray().Select(e => e.Clone()));
            next = root.TryGetProperty("next", out var link) ? new Uri(link.GetString()!).PathAndQuery : null;
        }
        return (items, modified);
    }

    private async Task<List<Guid>> ApiChangedSinceAsync(DateTimeOffset at)
    {
        var since = Uri.EscapeDataString(at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        using var page = JsonDocument.Parse(await _reader.PageAsync($"/api/v1/claims?updatedSince={since}&size=100"));
        return [.. page.RootElement.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("id").GetGuid())];
    }

    private static DateTimeOffset Time(JsonElement value) => DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture);

    private static bool Names(JsonElement item, ClaimStories story) => item.GetProperty("url").GetString()!.Contains(story.ClaimId.ToString(), StringComparison.Ordinal);

    private static DateTimeOffset ToSecond(DateTimeOffset at) => new(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    [Fact]
    public async Task A_harvester_reading_the_claimreview_feed_since_its_last_visit_gets_the_claim_again_on_approval_and_withdrawal()
    {
        var story = await Story(10).PublishedAsync($"Since Person {Guid.NewGuid():N}");
        var published = (await ShownAsync(story)).LastModifiedAt;
        // The harvester's last visit was after the publication: the claim is not new to it (and this page is now cached).
        (await DataFeedSinceAsync(published)).Items.ShouldNotContain(e => Names(e, story));

        await ApproveSpanishAsync(story);

        var approved = await ShownAsync(story);
        approved.LastModifiedAt.ShouldBe(published, "the fact check itself did not change");
        approved.RecordChangedAt.ShouldBeGreaterThan(published);
        var (items, feedModified) = await DataFeedSinceAsync(published);
        var item = items.Where(e => Names(e, story)).ShouldHaveSingleItem();
        item.GetProperty("workTranslation").EnumerateArray().ShouldHaveSingleItem().GetProperty("inLanguage").GetString().ShouldBe("es");
        Time(item.GetProperty("dateModified")).ShouldBe(ToSecond(approved.RecordChangedAt));
        feedModified.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(approved.RecordChangedAt);

        await WithdrawSpanishAsync(story);

        var withdrawn = await ShownAsync(story);
        withdrawn.RecordChangedAt.ShouldBeGreaterThan(approved.RecordChangedAt);
        var again = (await DataFeedSinceAsync(approved.RecordChangedAt)).Items.Where(e => Names(e, story)).ShouldHaveSingleItem();
        again.TryGetProperty("workTranslation", out _).ShouldBeFalse("the withdrawn translation is gone from the harvester's copy");
        Time(again.GetProperty("dateModified")).ShouldBe(ToSecond(withdrawn.RecordChangedAt));
    }

    [Fact]
    public async Task The_claim_pages_claimreview_keeps_the_fact_checks_own_date()
    {
        var story = await Story(11).PublishedAsync($"Page Date Person {Guid.NewGuid():N}");
        await ApproveSpanishAsync(story);

        // The page's markup is the original's ClaimReview and carries no translation: its date is the fact check's.
        using var markup = Reader.ClaimReview(await _reader.PageAsync(Reader.ClaimPath(story)));
        Time(markup.RootElement.GetProperty("dateModified")).ShouldBe(ToSecond((await ShownAsync(story)).LastModifiedAt));
    }

    [Fact]
    public async Task The_api_lists_a_claim_whose_translation_changed_since_a_copys_last_sync()
    {
        var story = await Story(12).PublishedAsync($"Sync Person {Guid.NewGuid():N}");
        var published = (await ShownAsync(story)).LastModifiedAt;
        var synced = published.AddSeconds(1);
        (await ApiChangedSinceAsync(synced)).ShouldNotContain(story.ClaimId);

        await ApproveSpanishAsync(story);
        (await ApiChangedSinceAsync(synced)).ShouldContain(story.ClaimId);

        var approved = (await ShownAsync(story)).RecordChangedAt.AddSeconds(1);
        (await ApiChangedSinceAsync(approved)).ShouldNotContain(story.ClaimId);
        await WithdrawSpanishAsync(story);
        (await ApiChangedSinceAsync(approved)).ShouldContain(story.ClaimId);
    }

    [Fact]
    public async Task The_exports_validators_move_when_a_translation_is_approved()
    {
        var story = await Story(13).PublishedAsync($"Export Person {Guid.NewGuid():N}");
        var (before, _) = await _reader.GetAsync("/export/claims.jsonl");
        var etag = before.Headers.ETag!;

        await ApproveSpanishAsync(story);

        var (after, body) = await _reader.GetAsync("/export/claims.jsonl", r => r.Headers.IfNoneMatch.Add(etag));
        after.StatusCode.ShouldBe(HttpStatusCode.OK);
        after.Headers.ETag.ShouldNotBe(etag);
        body.ShouldContain(_word);
    }

    [Fact]
    public async Task A_feed_that_follows_spanish_is_dated_by_the_approval_and_the_withdrawal_of_a_translation()
    {
        const string feed = "/feeds/verdicts.rss?lang=es";
        var story = await Story(20).PublishedAsync($"Dated Feed Person {Guid.NewGuid():N}");
        var (first, _) = await _reader.GetAsync(feed);

        await ApproveSpanishAsync(story);

        // The English claim's steps are older than the approval: only the translation dates the feed's change.
        var approvedAt = (await ShownAsync(story)).TranslationsChangedAt!.Value;
        var (approved, body) = await _reader.GetAsync(feed, r => r.Headers.IfModifiedSince = first.Content.Headers.LastModified);
        approved.StatusCode.ShouldBe(HttpStatusCode.OK);
        approved.Content.Headers.LastModified.ShouldBe(ToSecond(approvedAt));
        body.ShouldContain(_word);

        await WithdrawSpanishAsync(story);

        // The claim left the feed; a reader that asks whether it changed since the approval is sent the new feed.
        var (withdrawn, after) = await _reader.GetAsync(feed, r => r.Headers.IfModifiedSince = approved.Content.Headers.LastModified);
        withdrawn.StatusCode.ShouldBe(HttpStatusCode.OK);
        withdrawn.Content.Headers.LastModified.ShouldBe(ToSecond((await ShownAsync(story)).TranslationsChangedAt!.Value));
        after.ShouldNotContain(_word);
    }

    public void Dispose() => _reader.Dispose();
}
