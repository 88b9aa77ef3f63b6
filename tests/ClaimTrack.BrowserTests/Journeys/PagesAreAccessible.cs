using ClaimTrack.BrowserTests.Support;
using Deque.AxeCore.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClaimTrack.BrowserTests.Journeys;

/// <summary>Journey 7: axe-core finds no serious or critical violation on the reader's pages; the reader's browser logs no error.</summary>
[Collection(NewsroomCollection.Name)]
public sealed class PagesAreAccessible(NewsroomFixture newsroom, ChromiumFixture chromium) : Journey(newsroom.Server, chromium)
{
    [Fact]
    public async Task Reader_pages_have_no_serious_or_critical_axe_violation_and_log_no_error()
    {
        var story = Server.Story("The coastal railway carried ten million passengers last year.");
        await story.PublishedAsync("Transport Agency", "Transport");

        var reader = await OpenAsync();
        var problems = new List<string>();
        // What a reader's browser reports as an error (a missing resource, a blocked script) is a fault even when the page looks fine.
        var missingPageAsked = false;
        reader.Console += (_, message) => { if (message.Type == "error" && !missingPageAsked) problems.Add($"{reader.Url}: console error: {message.Text}"); };
        foreach (var path in new[] { "/", $"/claims/{story.ClaimId}/x", DemoClaimWithRevision, "/claimants/transport-agency", "/claimants/mark-weisbrot", "/search?q=railway", "/methodology", "/topics", "/claimants", "/feeds",
            "/suggest", $"/corrections/request/{story.ClaimId}", "/corrections/policy" })
        {
            await reader.GotoAsync(path);
            problems.AddRange(await SeriousViolationsAsync(reader, path));
        }
        // A form sent with its fields wrong comes back (a 400, which the browser logs, so on a page of its own) with
        // messages at the fields: those must be reachable too.
        var refused = await OpenAsync();
        await refused.GotoAsync("/suggest");
        await refused.GetByLabel("A link to it").FillAsync("ftp://files.example.org/claim");
        await refused.GetByLabel("What was said").FillAsync("x");
        await refused.GetByLabel("Who said it").FillAsync("y");
        await refused.GetByRole(AriaRole.Button, new() { Name = "Send the suggestion" }).ClickAsync();
        await Expect(refused.Locator(".error")).ToContainTextAsync("starting with https://");
        problems.AddRange(await SeriousViolationsAsync(refused, "/suggest (refused)"));
        await PicturesOfTheReadersSiteAsync(reader);
        // Last: the browser itself logs a 404 document as an error, which is what this page is for.
        missingPageAsked = true;
        await reader.GotoAsync("/no-such-page");
        await Expect(reader.Locator("h1")).ToHaveTextAsync("Page not found");
        problems.AddRange(await SeriousViolationsAsync(reader, "/no-such-page"));

        // The desk's pages are checked at two widths by DeskIsAccessible, which keeps their list.

        problems.ShouldBeEmpty();
    }

    // From the demo newsroom: a fact check with evidence, a verdict and its revision, by a claimant with several checks.
    private const string DemoClaimWithRevision = "/claims/72436e1d-e110-bb93-199f-96cf406e1495/x";

    private async Task PicturesOfTheReadersSiteAsync(IPage reader)
    {
        await reader.GotoAsync(DemoClaimWithRevision);
        await Artifacts.ScreenshotAsync(reader, "public-claim-page", fullPage: true);
        await reader.GotoAsync("/claimants/mark-weisbrot");
        await Expect(reader.Locator("svg")).Not.ToHaveCountAsync(0);
        await Artifacts.ScreenshotAsync(reader, "claimant-page", fullPage: true);
        var phone = await OpenAsync(width: 390, height: 844);
        await phone.GotoAsync(DemoClaimWithRevision);
        await Artifacts.ScreenshotAsync(phone, "public-claim-page-phone");
    }

    private static async Task<IEnumerable<string>> SeriousViolationsAsync(IPage page, string path)
    {
        var result = await page.RunAxe();
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{path}: {v.Id} ({v.Impact}) {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}");
    }
}
