using ClaimTrack.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace ClaimTrack.BrowserTests.Journeys;

/// <summary>Journey 3: a published verdict is revised with a reason, approved by a second Editor, and readers see both.</summary>
[Collection(NewsroomCollection.Name)]
public sealed class EditorRevisesAVerdict(NewsroomFixture newsroom, ChromiumFixture chromium) : Journey(newsroom.Server, chromium)
{
    [Fact]
    public async Task A_revision_goes_through_review_and_shows_on_the_timeline_feed_and_corrections_log()
    {
        const string statement = "Unemployment in the port city fell by half in a year.";
        var story = Server.Story(statement);
        await story.PublishedAsync("Marco Ibáñez", "Economy");

        var editor = await OpenAsync(Editor);
        await GoToDeskAsync(editor, $"/desk/claims/{story.ClaimId}");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Propose a revision" }).ClickAsync();
        var dialog = editor.GetByRole(AriaRole.Dialog);
        await ChooseAsync(editor, "Rating", "Half true");
        await Field(dialog, "One-line summary").FillAsync("It fell by a third, not by half.");
        await dialog.Locator("textarea").First.FillAsync("The statistics office revised its figures in March.");
        await Field(dialog, "Why the verdict changes (readers see this)").FillAsync("The statistics office revised its figures.");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Propose for review" }).ClickAsync();
        await Expect(editor.GetByText("Waiting for review:")).ToBeVisibleAsync();

        // The two-person rule: the author's own queue does not offer it; a second Editor approves it.
        await GoToDeskAsync(editor, "/desk/review");
        await Expect(editor.Locator(".mud-card").Filter(new() { HasText = statement })).ToHaveCountAsync(0);
        var second = await OpenAsync(SecondEditor);
        await GoToDeskAsync(second, "/desk/review");
        var card = second.Locator(".mud-card").Filter(new() { HasText = statement });
        await Expect(card.GetByText("Revision: The statistics office revised its figures.")).ToBeVisibleAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Approve and publish" }).ClickAsync();
        await Expect(Snackbar(second, "Approved and published.")).ToBeVisibleAsync();

        var reader = await OpenAsync();
        await reader.GotoAsync($"/claims/{story.ClaimId}/x");
        var steps = reader.Locator("ol.timeline > li");
        await Expect(steps).ToHaveCountAsync(2);
        await Expect(steps.Nth(0)).ToContainTextAsync("Verdict");
        await Expect(steps.Nth(0)).ToContainTextAsync("False");
        await Expect(steps.Nth(1)).ToContainTextAsync("Revised verdict");
        await Expect(steps.Nth(1)).ToContainTextAsync("Half true");
        await Expect(steps.Nth(1)).ToContainTextAsync("Why: The statistics office revised its figures.");
        await Expect(reader.Locator("#verdict-heading")).ToContainTextAsync("Half true");

        var feed = await ReaderChecks.FeedAsync(reader, "/feeds/verdicts.rss");
        var items = ReaderChecks.ItemsAbout(feed, story.ClaimId);
        items.Select(i => i.Title.Text).ShouldContain($"Revised to Half true: {statement}");
        items.Select(i => i.Id).Distinct().Count().ShouldBe(items.Count);

        await reader.GotoAsync("/corrections");
        await Expect(reader.Locator("li").Filter(new() { HasText = statement })).ToContainTextAsync("Revised verdict");
    }
}
