using ClaimTrack.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace ClaimTrack.BrowserTests.Journeys;

/// <summary>Journey 1: a Reporter records a claim, its appearance and two pieces of evidence, and proposes a verdict.</summary>
[Collection(NewsroomCollection.Name)]
public sealed class ReporterRecordsAClaim(NewsroomFixture newsroom, ChromiumFixture chromium) : Journey(newsroom.Server, chromium)
{
    [Fact]
    public async Task Reporter_registers_a_claim_attaches_two_pieces_of_evidence_and_proposes_a_verdict()
    {
        const string statement = "Thousands of ballots were counted twice in the northern district.";
        var page = await OpenAsync(Reporter);
        await Expect(page.Locator(".mud-table-body tr").First).ToBeVisibleAsync();
        await Artifacts.ScreenshotAsync(page, "desk");

        await page.GetByRole(AriaRole.Link, new() { Name = "Register a claim" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/desk/register$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Register a claim" })).ToBeVisibleAsync();
        // Nothing typed yet, no date either: the desk asks for it at the field instead of assuming today.
        await page.GetByRole(AriaRole.Button, new() { Name = "Register", Exact = true }).ClickAsync();
        await Expect(page.GetByText("The date the claim appeared is required")).ToBeVisibleAsync();
        await Field(page, "Statement").FillAsync(statement);
        await Field(page, "Claimant (person or organisation)").FillAsync("Ana Cifuentes");
        await Field(page, "Role or affiliation").FillAsync("Opposition deputy");
        await Field(page, "Where it appeared (outlet)").FillAsync("Radio Continental");
        await Field(page, "Web address of the appearance").FillAsync("https://radio.example.org/interview-cifuentes");
        await Field(page, "Context").FillAsync("Said in a morning interview two days after the count.");
        var date = Field(page, "Date it appeared");
        await date.FillAsync("2025-03-01");
        await date.PressAsync("Tab");
        await Expect(date).ToHaveValueAsync("2025-03-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/desk/claims/[0-9a-f-]{36}$"));
        await DeskReadyAsync(page);
        await Expect(Field(page, "Statement")).ToHaveValueAsync(statement);
        await Expect(page.GetByText("Radio Continental, 2025-03-01 (first)")).ToBeVisibleAsync();

        await AttachEvidenceAsync(page, "District count certificate", "https://elections.example.org/north/certificate", "Electoral council");
        await AttachEvidenceAsync(page, "Observer mission report", "https://observers.example.org/north-report", "Observer mission");
        await Expect(page.GetByText("District count certificate", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByText("Observer mission report", new() { Exact = true })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Propose a verdict" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await ChooseAsync(page, "Rating", "False");
        await Field(dialog, "One-line summary").FillAsync("Every ballot was counted once; the certificate and observers agree.");
        await dialog.Locator("textarea").Last.FillAsync("The **count certificate** lists each box once.\n\n- Observers saw no recount.");
        await dialog.GetByRole(AriaRole.Tab, new() { Name = "Preview" }).ClickAsync();
        await Expect(dialog.Locator(".verdict-preview strong")).ToHaveTextAsync("count certificate");
        await Artifacts.ScreenshotAsync(page, "verdict-dialog");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Propose for review" }).ClickAsync();

        await Expect(page.GetByText("Waiting for review:")).ToBeVisibleAsync();
        await Expect(page.GetByText("proposed by Lucía Romero")).ToBeVisibleAsync();
        // Her own saves are not "someone else's change".
        await Expect(page.GetByText("Someone else changed this claim")).ToHaveCountAsync(0);
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await Artifacts.ScreenshotAsync(page, "workspace");
    }
}
