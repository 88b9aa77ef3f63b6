using System.Text.RegularExpressions;
using ClaimTrack.BrowserTests.Support;
using ClaimTrack.IntegrationTests.Support;
using static Microsoft.Playwright.Assertions;

namespace ClaimTrack.BrowserTests.Journeys;

/// <summary>
/// An Editor works the desk on a 390-pixel phone: the app bar folds into a menu, the claims are cards, the workspace is
/// one column and the verdict dialog fills the screen; on a laptop the same pages keep the full bar and two columns.
/// Nothing is wider than the window at either size. The phone pictures are the README's "On a phone".
/// </summary>
[Collection(NewsroomCollection.Name)]
public sealed partial class DeskOnAPhone(NewsroomFixture newsroom, ChromiumFixture chromium) : Journey(newsroom.Server, chromium)
{
    [Fact]
    public async Task On_a_phone_the_bar_folds_into_a_menu_claims_are_cards_and_nothing_is_wider_than_the_screen()
    {
        var word = UniqueWord("ferry");
        var statement = $"The {word} crossing now takes half as long as in 2019.";
        var story = Server.Story(statement);
        await story.RegisterAsync("Ports Minister", "Transport");
        await story.AttachEvidenceAsync("Timetable of the ferry company");

        var phone = await OpenAsync(Editor, DeskScreens.Phone.Width, DeskScreens.Phone.Height);
        await FitsAsync(phone, "the claims");
        // The bar keeps the menu button and the desk's name; the page buttons are in the menu, not cut at the edge.
        await Expect(phone.GetByRole(AriaRole.Navigation, new() { Name = "Desk pages" })).ToBeHiddenAsync();
        var menu = phone.GetByRole(AriaRole.Button, new() { Name = "Menu", Exact = true });
        await Expect(menu).ToBeInViewportAsync(new() { Ratio = 1 });
        await Expect(phone.GetByRole(AriaRole.Link, new() { Name = "Register a claim" })).ToBeInViewportAsync(new() { Ratio = 1 });

        // A claim is a card: the statement across the card, its details below it, all inside the screen.
        await phone.GetByRole(AriaRole.Textbox, new() { Name = "Search statement, context, claimant" }).FillAsync(word);
        var card = phone.Locator(".mud-table-body .mud-table-row").Filter(new() { HasText = statement });
        await Expect(card).ToHaveCountAsync(1);
        await Expect(card.GetByRole(AriaRole.Link, new() { Name = statement })).ToBeInViewportAsync(new() { Ratio = 1 });
        await Expect(card).ToHaveCSSAsync("display", "block");
        (await card.BoundingBoxAsync())!.Width.ShouldBeLessThanOrEqualTo(DeskScreens.Phone.Width);
        await FitsAsync(phone, "the claims as cards");
        await Artifacts.ScreenshotAsync(phone, "desk-phone");

        await menu.ClickAsync();
        var folded = phone.GetByRole(AriaRole.Navigation, new() { Name = "Desk menu" });
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        foreach (var name in new[] { "Claims", "Reader requests", "Review", "Import", "Password" })
            await Expect(folded.GetByRole(AriaRole.Link, new() { Name = name, Exact = true })).ToBeInViewportAsync(new() { Ratio = 1 });
        await Expect(folded.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeInViewportAsync(new() { Ratio = 1 });
        // An Editor is not an Admin: the menu offers only what the role may open.
        await Expect(folded.GetByRole(AriaRole.Link, new() { Name = "Admin" })).ToHaveCountAsync(0);
        await Artifacts.ScreenshotAsync(phone, "desk-menu-phone");
        await folded.GetByRole(AriaRole.Link, new() { Name = "Review", Exact = true }).ClickAsync();
        await Expect(phone).ToHaveURLAsync(ReviewAddress());
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Waiting for your review", Level = 1 })).ToBeVisibleAsync();
        await Expect(folded).ToHaveCountAsync(0);
        await FitsAsync(phone, "the review queue");

        // The workspace is one column: the verdict panel comes after the claim's form, at the same left edge.
        await GoToDeskAsync(phone, $"/desk/claims/{story.ClaimId}");
        var propose = phone.GetByRole(AriaRole.Button, new() { Name = "Propose a verdict" });
        await Expect(propose).ToBeVisibleAsync();
        var statementBox = (await Field(phone, "Statement").BoundingBoxAsync())!;
        var proposeBox = (await propose.BoundingBoxAsync())!;
        proposeBox.Y.ShouldBeGreaterThan(statementBox.Y + statementBox.Height);
        await FitsAsync(phone, "the workspace");
        await Artifacts.ScreenshotAsync(phone, "workspace-phone");

        // The dialog fills the screen, and its buttons are on it.
        await propose.ClickAsync();
        var dialog = phone.GetByRole(AriaRole.Dialog);
        await Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Propose for review" })).ToBeInViewportAsync(new() { Ratio = 1 });
        await Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" })).ToBeInViewportAsync(new() { Ratio = 1 });
        // MudBlazor opens a dialog with a transition: on a loaded machine a first measure can land mid-way.
        await Eventually.HoldsAsync(TimeSpan.FromSeconds(15), async () =>
            await dialog.BoundingBoxAsync() is { } box && Math.Abs(box.X) <= 1 && Math.Abs(box.Width - DeskScreens.Phone.Width) <= 1,
            "the verdict dialog spans the phone's whole width");
        await FitsAsync(phone, "the verdict dialog");
        await Artifacts.ScreenshotAsync(phone, "verdict-dialog-phone");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);

        // On a laptop: the whole bar, no menu button, the grid as a table and the workspace in two columns.
        var laptop = await OpenAsync(Editor, DeskScreens.Laptop.Width, DeskScreens.Laptop.Height);
        await FitsAsync(laptop, "the claims on a laptop");
        var bar = laptop.GetByRole(AriaRole.Navigation, new() { Name = "Desk pages" });
        foreach (var name in new[] { "Claims", "Reader requests", "Review", "Import" })
            await Expect(bar.GetByRole(AriaRole.Link, new() { Name = name, Exact = true })).ToBeInViewportAsync(new() { Ratio = 1 });
        await Expect(laptop.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeInViewportAsync(new() { Ratio = 1 });
        await Expect(laptop.GetByRole(AriaRole.Button, new() { Name = "Menu", Exact = true })).ToBeHiddenAsync();
        await Expect(laptop.GetByRole(AriaRole.Columnheader, new() { Name = "Statement" })).ToBeVisibleAsync();
        await GoToDeskAsync(laptop, $"/desk/claims/{story.ClaimId}");
        var wideStatement = (await Field(laptop, "Statement").BoundingBoxAsync())!;
        var wideVerdict = (await laptop.GetByRole(AriaRole.Button, new() { Name = "Propose a verdict" }).BoundingBoxAsync())!;
        wideVerdict.X.ShouldBeGreaterThan(wideStatement.X + wideStatement.Width);
        await FitsAsync(laptop, "the workspace on a laptop");
    }

    private static async Task FitsAsync(IPage page, string what)
    {
        // The page has drawn what it loads before its width is judged.
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        (await DeskScreens.FitsAsync(page)).ShouldBeTrue($"{what} is wider than the window: {await DeskScreens.WidthsAsync(page)}");
    }

    [GeneratedRegex("/desk/review$")]
    private static partial Regex ReviewAddress();
}
