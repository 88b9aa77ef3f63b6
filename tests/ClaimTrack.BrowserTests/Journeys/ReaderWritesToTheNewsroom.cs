using System.Text.RegularExpressions;
using ClaimTrack.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace ClaimTrack.BrowserTests.Journeys;

/// <summary>
/// Issue 16's journeys: a reader's tip becomes a published claim their status page links to; a reader's correction
/// request is answered and linked to the correction, and the status page and /corrections show both. Every step is a
/// click, as the newsroom takes it.
/// </summary>
[Collection(NewsroomCollection.Name)]
public sealed class ReaderWritesToTheNewsroom(NewsroomFixture newsroom, ChromiumFixture chromium) : Journey(newsroom.Server, chromium)
{
    [Fact]
    public async Task A_readers_tip_becomes_a_published_claim_and_their_status_page_links_to_it()
    {
        var said = $"The new bridge cost three times its budget {UniqueWord("tip")}";
        var reader = await OpenAsync();
        await reader.GotoAsync("/");
        await reader.GetByRole(AriaRole.Link, new() { Name = "Suggest a fact check" }).ClickAsync();
        await reader.GetByLabel("What was said").FillAsync(said);
        await reader.GetByLabel("Who said it").FillAsync("Councillor Vera Montes");
        await reader.GetByLabel("Where it was said").FillAsync("Channel 9 evening news");
        await reader.GetByLabel("Your email").FillAsync("reader@example.org");
        await reader.GetByRole(AriaRole.Button, new() { Name = "Send the suggestion" }).ClickAsync();
        await Expect(reader).ToHaveURLAsync(new Regex("/requests/[A-Za-z0-9_-]{22}$"));
        await Expect(reader.Locator(".stage")).ToContainTextAsync("Received");
        var status = reader.Url;

        var reporter = await OpenAsync(Reporter);
        await GoToDeskAsync(reporter, "/desk/intake");
        await reporter.Locator(".intake-row").Filter(new() { HasText = said[..40] }).GetByRole(AriaRole.Button, new() { Name = "Open" }).ClickAsync();
        await Expect(reporter.Locator(".intake-detail")).ToContainTextAsync("reader@example.org");
        await reporter.GetByRole(AriaRole.Link, new() { Name = "Turn into a claim" }).ClickAsync();
        await DeskReadyAsync(reporter);
        await Expect(Field(reporter, "Statement")).ToHaveValueAsync(said);
        await Expect(Field(reporter, "Where it appeared (outlet)")).ToHaveValueAsync("Channel 9 evening news");
        var date = Field(reporter, "Date it appeared");
        await date.FillAsync("2025-03-01");
        await date.PressAsync("Tab");
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Register", Exact = true }).ClickAsync();
        await Expect(reporter).ToHaveURLAsync(new Regex("/desk/claims/[0-9a-f-]{36}$"));
        await reader.GotoAsync(status);
        await Expect(reader.Locator(".led-to")).ToContainTextAsync("once it is published");

        // The Reporter works the claim; an Editor approves it from the review queue, and it is published.
        await DeskReadyAsync(reporter);
        await AttachEvidenceAsync(reporter, "Bridge authority accounts", "https://bridge.example.org/accounts-2025", "Bridge authority");
        await ProposeVerdictAsync(reporter, "Mostly true", "The bridge cost 2.8 times its budget.", "The authority's accounts give the final cost.");
        var editor = await OpenAsync(Editor);
        await GoToDeskAsync(editor, "/desk/review");
        var card = editor.Locator(".mud-card").Filter(new() { HasText = said });
        await card.GetByRole(AriaRole.Button, new() { Name = "Approve and publish" }).ClickAsync();
        await Expect(Snackbar(editor, "Approved and published.")).ToBeVisibleAsync();

        await reader.GotoAsync(status);
        await reader.Locator(".led-to").GetByRole(AriaRole.Link, new() { Name = "read it" }).ClickAsync();
        await Expect(reader.Locator("h1.statement")).ToContainTextAsync(said);
        await Expect(reader.Locator("body")).Not.ToContainTextAsync("reader@example.org");
    }

    [Fact]
    public async Task A_correction_request_is_answered_and_linked_and_the_status_page_and_corrections_show_both()
    {
        var statement = $"Hospital waiting lists halved since January {UniqueWord("corr")}";
        var story = await Server.Story(statement).PublishedAsync("Dr Iván Sotelo", "Health");

        var reader = await OpenAsync();
        await reader.GotoAsync($"/claims/{story.ClaimId}/x");
        await reader.GetByRole(AriaRole.Link, new() { Name = "Request a correction" }).ClickAsync();
        await reader.GetByLabel("What is wrong").FillAsync("The January figure you quote is from the previous year.");
        await reader.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();
        await Expect(reader).ToHaveURLAsync(new Regex("/requests/[A-Za-z0-9_-]{22}$"));
        var status = reader.Url;

        var editor = await OpenAsync(Editor);
        await GoToDeskAsync(editor, "/desk/intake");
        var row = editor.Locator(".intake-row").Filter(new() { HasText = statement[..40] });
        await row.GetByRole(AriaRole.Button, new() { Name = "Open" }).ClickAsync();
        await Field(editor, "Reply to the reader (shown on their status page)").FillAsync("Thank you: you are right, and we have corrected it.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Send the reply" }).ClickAsync();
        await Expect(Snackbar(editor, "The reply is on the reader's status page.")).ToBeVisibleAsync();

        // The Editor proposes the correction in the workspace; a second Editor approves it for readers.
        await GoToDeskAsync(editor, $"/desk/claims/{story.ClaimId}");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Propose a correction" }).ClickAsync();
        await Field(editor, "Corrected summary").FillAsync("Waiting lists fell by a third.");
        await Field(editor, "Corrected reasoning (Markdown)").FillAsync("The January figure was from 2024.");
        await Field(editor, "What the correction fixes").FillAsync("Corrected the January baseline.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Propose the correction" }).ClickAsync();
        var second = await OpenAsync(SecondEditor);
        await GoToDeskAsync(second, "/desk/review");
        await second.Locator(".mud-card").Filter(new() { HasText = "Corrected the January baseline." })
            .GetByRole(AriaRole.Button, new() { Name = "Approve for readers" }).ClickAsync();
        await Expect(Snackbar(second, "Approved: readers see it now.")).ToBeVisibleAsync();

        await GoToDeskAsync(editor, "/desk/intake");
        await editor.Locator(".intake-counts").GetByText("Answered:").ClickAsync();
        await editor.Locator(".intake-row").Filter(new() { HasText = statement[..40] }).GetByRole(AriaRole.Button, new() { Name = "Open" }).ClickAsync();
        await editor.Locator(".intake-correction").GetByRole(AriaRole.Button, new() { Name = "Link to this request" }).ClickAsync();
        await Expect(Snackbar(editor, "Linked: the status page shows the correction.")).ToBeVisibleAsync();

        await reader.GotoAsync(status);
        await Expect(reader.Locator(".stage")).ToContainTextAsync("Answered");
        await Expect(reader.Locator(".reply")).ToContainTextAsync("you are right, and we have corrected it");
        await reader.GetByRole(AriaRole.Link, new() { Name = "see the correction" }).ClickAsync();
        await Expect(reader.Locator("ol.timeline")).ToContainTextAsync("Corrected the January baseline.");
        await reader.GotoAsync("/corrections");
        await Expect(reader.Locator("li").Filter(new() { HasText = statement })).ToContainTextAsync("Corrected the January baseline.");
    }
}
