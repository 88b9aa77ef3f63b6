using ClaimTrack.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace ClaimTrack.BrowserTests.Journeys;

/// <summary>
/// Journey 9: an Editor withdraws evidence from a published claim and rewords its statement. Readers see nothing of it
/// until a second Editor approves; then the page marks the withdrawal, the timeline and the feed carry the update, and
/// the corrections log lists it.
/// </summary>
[Collection(NewsroomCollection.Name)]
public sealed class EditorUpdatesAPublishedClaim(NewsroomFixture newsroom, ChromiumFixture chromium) : Journey(newsroom.Server, chromium)
{
    [Fact]
    public async Task A_change_to_a_published_claim_reaches_readers_only_after_a_second_editor_approves_it()
    {
        var word = UniqueWord("harbour");
        var statement = $"The {word} ferry carried a million passengers last year.";
        var reworded = $"The {word} ferry carried nearly a million passengers last year.";
        var story = Server.Story(statement);
        await story.RegisterAsync("Inés Prado", "Transport");
        await story.AttachEvidenceAsync();
        await story.AttachEvidenceAsync("Ferry operator's leaflet", Guid.NewGuid());
        await story.ProposeAsync();
        await story.ApproveAsync();
        await story.PublishAsync();

        var editor = await OpenAsync(Editor);
        await GoToDeskAsync(editor, $"/desk/claims/{story.ClaimId}");
        // The evidence item's own box (the history below also names the leaflet).
        var leaflet = editor.Locator(".mud-paper-outlined").Filter(new() { HasText = "Ferry operator's leaflet" })
            .Filter(new() { Has = editor.GetByRole(AriaRole.Button, new() { Name = "Withdraw" }) });
        await leaflet.GetByRole(AriaRole.Button, new() { Name = "Withdraw" }).ClickAsync();
        await Field(editor, "Reason to withdraw").FillAsync("A promotional leaflet is not a record of passengers.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Confirm withdrawal" }).ClickAsync();
        await Expect(editor.GetByText("Withdrawn: A promotional leaflet is not a record of passengers.")).ToBeVisibleAsync();
        await Field(editor, "Statement").FillAsync(reworded);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save the claim" }).ClickAsync();
        await Expect(editor.GetByText("Readers still see the claim as last published.", new() { Exact = false })).ToBeVisibleAsync();

        // Saved on the desk, not public: the page still shows the old words and the leaflet unmarked.
        var reader = await OpenAsync();
        await reader.GotoAsync($"/claims/{story.ClaimId}/x");
        await Expect(reader.Locator("h1")).ToContainTextAsync(statement);
        await Expect(reader.Locator(".evidence li.withdrawn")).ToHaveCountAsync(0);

        await Field(editor, "Why readers should see this change").FillAsync("The leaflet is not a source, and the figure was rounded up.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Propose the update" }).ClickAsync();
        await Expect(editor.GetByTestId("pending-change")).ToContainTextAsync("an update");

        // Still nothing for readers while it waits.
        await reader.ReloadAsync();
        await Expect(reader.Locator("h1")).ToContainTextAsync(statement);

        var second = await OpenAsync(SecondEditor);
        await GoToDeskAsync(second, "/desk/review");
        var card = second.Locator(".mud-card").Filter(new() { HasText = "The leaflet is not a source" });
        await Expect(card.Locator("ins")).ToContainTextAsync("nearly");
        await Expect(card).ToContainTextAsync("evidence withdrawn: Ferry operator's leaflet, A promotional leaflet is not a record of passengers.");
        await card.GetByRole(AriaRole.Button, new() { Name = "Approve for readers" }).ClickAsync();
        await Expect(Snackbar(second, "Approved: readers see it now.")).ToBeVisibleAsync();

        await reader.ReloadAsync();
        await Expect(reader.Locator("h1")).ToContainTextAsync(reworded);
        var withdrawn = reader.Locator(".evidence li.withdrawn");
        await Expect(withdrawn).ToContainTextAsync("Ferry operator's leaflet");
        await Expect(withdrawn).ToContainTextAsync("Withdrawn");
        await Expect(withdrawn).ToContainTextAsync("A promotional leaflet is not a record of passengers.");
        var update = reader.Locator("ol.timeline > li").Filter(new() { HasText = "Update" });
        await Expect(update).ToContainTextAsync($"statement changed from “{statement}” to “{reworded}”");
        await Expect(update).ToContainTextAsync("Why: The leaflet is not a source, and the figure was rounded up.");

        var feed = await ReaderChecks.FeedAsync(reader, "/feeds/verdicts.rss");
        ReaderChecks.ItemsAbout(feed, story.ClaimId).Select(i => i.Title.Text).ShouldContain($"Updated: {reworded}");

        await reader.GotoAsync("/corrections");
        await Expect(reader.Locator("li.update").Filter(new() { HasText = reworded })).ToContainTextAsync("Update");
    }
}
