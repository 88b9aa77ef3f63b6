using ClaimTrack.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace ClaimTrack.BrowserTests.Journeys;

/// <summary>Journey 4: two people save the same claim; the second save is refused and nothing they typed is lost.</summary>
[Collection(NewsroomCollection.Name)]
public sealed class TwoEditorsOnOneClaim(NewsroomFixture newsroom, ChromiumFixture chromium) : Journey(newsroom.Server, chromium)
{
    [Fact]
    public async Task The_second_save_is_refused_with_the_conflict_notice_and_the_typed_text_can_be_reapplied()
    {
        const string statement = "The river bridge cost twice its budget.";
        var story = Server.Story(statement);
        await story.RegisterAsync("Public Works Ministry");

        var first = await OpenAsync(Editor);
        var second = await OpenAsync(SecondEditor);
        await GoToDeskAsync(first, $"/desk/claims/{story.ClaimId}");
        await GoToDeskAsync(second, $"/desk/claims/{story.ClaimId}");

        await Field(first, "Context").FillAsync("Said at a press conference on the bridge's opening day.");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save the claim" }).ClickAsync();
        await Expect(Snackbar(first, "Saved.")).ToBeVisibleAsync();
        // The other workspace hears of it at once.
        await Expect(second.GetByText("Someone else changed this claim")).ToBeVisibleAsync();

        var typed = $"The {statement[4..^1]} and opened a year late.";
        await Field(second, "Statement").FillAsync(typed);
        await second.GetByRole(AriaRole.Button, new() { Name = "Save the claim" }).ClickAsync();
        var notice = second.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Your change was not saved." });
        await Expect(notice).ToBeVisibleAsync();
        await Expect(notice).ToContainTextAsync("Daniel Okafor");
        await Expect(Field(second, "Statement")).ToHaveValueAsync(typed);
        await Artifacts.ScreenshotAsync(second, "conflict-notice");

        await notice.GetByRole(AriaRole.Button, new() { Name = "Reload and keep my text" }).ClickAsync();
        await Expect(notice).ToHaveCountAsync(0);
        await Expect(Field(second, "Statement")).ToHaveValueAsync(typed);
        await second.GetByRole(AriaRole.Button, new() { Name = "Save the claim" }).ClickAsync();
        await Expect(Snackbar(second, "Saved.")).ToBeVisibleAsync();

        // Both changes stand: the first editor's context and the second editor's statement.
        await GoToDeskAsync(first, $"/desk/claims/{story.ClaimId}");
        await Expect(Field(first, "Statement")).ToHaveValueAsync(typed);
        await Expect(Field(first, "Context")).ToHaveValueAsync("Said at a press conference on the bridge's opening day.");
    }
}
