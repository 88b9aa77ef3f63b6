using System.Globalization;
using ClaimTrack.BrowserTests.Support;
using ClaimTrack.IntegrationTests.Support;
using static Microsoft.Playwright.Assertions;

namespace ClaimTrack.BrowserTests.Journeys;

/// <summary>An Editor approves a proposal for a time a minute or two ahead; readers get a 404 until then, the verdict after.</summary>
[Collection(NewsroomCollection.Name)]
public sealed class EditorSchedulesAVerdict(NewsroomFixture newsroom, ChromiumFixture chromium) : Journey(newsroom.Server, chromium)
{
    [Fact]
    public async Task Editor_schedules_a_verdict_and_the_public_page_and_feed_show_it_at_that_time_and_not_before()
    {
        var statement = $"The {UniqueWord("embargo")} report counted every polling station twice.";
        var story = Server.Story(statement);
        await story.RegisterAsync("Marta Quintero", "Elections");
        await story.AttachEvidenceAsync("Electoral board minutes");
        await story.ProposeAsync();
        // The desk's clock has minutes: the next whole minute but one, so the page is checked well before it.
        var now = DateTimeOffset.UtcNow;
        var releaseAt = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero).AddMinutes(2);

        var editor = await OpenAsync(Editor);
        await GoToDeskAsync(editor, "/desk/review");
        var card = editor.Locator(".mud-card").Filter(new() { HasText = statement });
        await Field(card, "Release date (UTC)").FillAsync(releaseAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Field(card, "Release date (UTC)").PressAsync("Tab");
        await Field(card, "Release time").FillAsync(releaseAt.ToString("HH:mm", CultureInfo.InvariantCulture));
        await Field(card, "Release time").PressAsync("Tab");
        await card.GetByRole(AriaRole.Button, new() { Name = "Approve and schedule" }).ClickAsync();
        await Expect(Snackbar(editor, "Approved and scheduled: readers see nothing of it before its time.")).ToBeVisibleAsync();
        await Expect(card.GetByTestId("scheduled-for")).ToContainTextAsync($"Scheduled for {releaseAt:yyyy-MM-dd HH:mm} UTC");

        var reader = await OpenAsync();
        var path = $"/claims/{story.ClaimId}/x";
        (await reader.GotoAsync(path))!.Status.ShouldBe(404, "nothing before the release time");
        DateTimeOffset.UtcNow.ShouldBeLessThan(releaseAt, "the 404 was seen before the release time");

        await Eventually.HoldsAsync(TimeSpan.FromMinutes(3), async () => (await reader.GotoAsync(path))!.Status == 200,
            "the claim page after the release time", TimeSpan.FromSeconds(1));
        DateTimeOffset.UtcNow.ShouldBeGreaterThanOrEqualTo(releaseAt, "not released early");
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(statement);
        ReaderChecks.ItemsAbout(await ReaderChecks.FeedAsync(reader, "/feeds/verdicts.rss"), story.ClaimId).Count.ShouldBe(1);
        var sitemap = await reader.APIRequest.GetAsync("/sitemaps/claims-1.xml");
        (await sitemap.TextAsync()).ShouldContain(story.ClaimId.ToString());
    }
}
