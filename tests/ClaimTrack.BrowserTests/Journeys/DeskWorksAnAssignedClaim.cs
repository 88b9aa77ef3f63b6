using System.Globalization;
using System.Text.RegularExpressions;
using ClaimTrack.BrowserTests.Support;
using ClaimTrack.IntegrationTests.Support;
using static Microsoft.Playwright.Assertions;

namespace ClaimTrack.BrowserTests.Journeys;

/// <summary>
/// Issue 17's journey: an Editor assigns a claim with a due date and mentions the Reporter in a note; the Reporter's
/// bell rings, the notification leads to the claim, the Reporter works it and proposes a verdict; the named reviewer
/// approves it for a time a minute or two ahead, and readers (page, feed, sitemap) get it then and not before.
/// </summary>
[Collection(NewsroomCollection.Name)]
public sealed class DeskWorksAnAssignedClaim(NewsroomFixture newsroom, ChromiumFixture chromium) : Journey(newsroom.Server, chromium)
{
    private const string ReporterName = "Lucía Romero";
    private const string ReviewerName = "Mei Tanaka";

    [Fact]
    public async Task Editor_assigns_and_mentions_the_Reporter_who_works_the_claim_and_the_scheduled_verdict_goes_out_on_time()
    {
        var statement = $"The {UniqueWord("ferry")} crossing was cancelled on three hundred days last year.";
        var story = Server.Story(statement);
        await story.RegisterAsync("Tomás Villar", "Transport"); // the draft only: every step after it is a click
        var workspacePath = $"/desk/claims/{story.ClaimId}";

        // The Reporter is at the desk before anything happens: the bell must ring live, without a reload.
        var reporter = await OpenAsync(Reporter);
        var bell = reporter.Locator(".notification-bell");
        var unreadBefore = int.Parse(await bell.GetAttributeAsync("data-unread") ?? "0", CultureInfo.InvariantCulture);

        // The Editor assigns the claim: the Reporter owns it, the second Editor reviews it, due today.
        var editor = await OpenAsync(Editor);
        await GoToDeskAsync(editor, workspacePath);
        var assignment = editor.Locator(".assignment-panel");
        await Expect(assignment.Locator(".assignment-owner")).ToHaveTextAsync("Nobody yet");
        await assignment.GetByRole(AriaRole.Button, new() { Name = "Change the assignment" }).ClickAsync();
        await ChooseAsync(editor, "Owner", ReporterName);
        await ChooseAsync(editor, "Reviewer (an Editor)", ReviewerName);
        var today = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await assignment.GetByLabel(new Regex(@"^Due \(")).ClickAsync();
        await editor.Locator(".mud-popover-open button.mud-current").ClickAsync(); // today, in the calendar
        await ChooseAsync(editor, "Priority", "High");
        await assignment.GetByRole(AriaRole.Button, new() { Name = "Save the assignment" }).ClickAsync();
        await Expect(assignment.Locator(".assignment-owner")).ToHaveTextAsync(ReporterName);
        await Expect(assignment.Locator(".assignment-reviewer")).ToHaveTextAsync(ReviewerName);
        await Expect(assignment.Locator(".assignment-due")).ToContainTextAsync(today);
        await Expect(assignment.Locator(".assignment-priority")).ToHaveTextAsync("High");

        // ...and asks the Reporter, by mention, to look at the ferry company's figures.
        var ask = $"Please check the {UniqueWord("timetable")} against the port authority's log.";
        var notes = editor.Locator(".claim-notes");
        await Field(notes, "New note").FillAsync(ask);
        await notes.GetByLabel("Mention someone").FillAsync("Lucía");
        await editor.Locator(".mud-popover-open .mud-list-item").GetByText(new Regex($"^{ReporterName} \\(@")).ClickAsync();
        await Expect(Field(notes, "New note")).ToHaveValueAsync(new Regex($"^{Regex.Escape(ask)} @\\S+ $"));
        await notes.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        await Expect(notes.Locator("[data-note]").Filter(new() { HasText = ask })).ToHaveCountAsync(1);

        // The Reporter's bell counts both (made owner, mentioned); the notification leads to the claim.
        await Expect(bell).ToHaveAttributeAsync("data-unread", (unreadBefore + 2).ToString(CultureInfo.InvariantCulture));
        await reporter.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Notifications: ") }).ClickAsync();
        await Expect(reporter).ToHaveURLAsync(new Regex("/desk/notifications$"));
        await DeskReadyAsync(reporter);
        var inbox = reporter.GetByRole(AriaRole.List, new() { Name = "Notifications" });
        var assigned = inbox.Locator("li").Filter(new() { HasText = statement }).Filter(new() { HasText = "Assigned to you" });
        await Expect(assigned).ToContainTextAsync("Daniel Okafor made you the owner of this claim");
        var mention = inbox.Locator("li").Filter(new() { HasText = ask });
        await Expect(mention).ToContainTextAsync("Mentioned you");
        await Expect(mention).ToHaveAttributeAsync("data-read", "false");
        await mention.GetByRole(AriaRole.Button, new() { Name = "Mark as read" }).ClickAsync();
        await Expect(mention).ToHaveAttributeAsync("data-read", "true");
        await Expect(bell).ToHaveAttributeAsync("data-unread", (unreadBefore + 1).ToString(CultureInfo.InvariantCulture));
        await mention.GetByRole(AriaRole.Link, new() { Name = statement }).ClickAsync();
        await Expect(reporter).ToHaveURLAsync(new Regex($"{Regex.Escape(workspacePath)}$"));
        await DeskReadyAsync(reporter);

        // The Reporter works the claim: the note is there, evidence goes in, a verdict goes to review.
        await Expect(reporter.Locator(".claim-notes [data-note]").Filter(new() { HasText = ask })).ToBeVisibleAsync();
        await Expect(reporter.Locator(".assignment-due")).ToContainTextAsync(today);
        await AttachEvidenceAsync(reporter, "Port authority sailing log", "https://port.example.org/sailings-2025", "Port authority");
        await ProposeVerdictAsync(reporter, "False", "Sailings were cancelled on 41 days, not 300.",
            "The port authority's log lists **41** cancelled days out of 365.");

        // The named reviewer hears of it, then approves it for a time a short while ahead from the review queue.
        var reviewer = await OpenAsync(SecondEditor);
        await reviewer.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Notifications: ") }).ClickAsync();
        await Expect(reviewer).ToHaveURLAsync(new Regex("/desk/notifications$"));
        var asked = reviewer.GetByRole(AriaRole.List, new() { Name = "Notifications" }).Locator("li")
            .Filter(new() { HasText = statement }).Filter(new() { HasText = "Review requested" });
        await Expect(asked).ToContainTextAsync($"{ReporterName} asks for review of a verdict");
        await GoToDeskAsync(reviewer, "/desk");
        await reviewer.GetByRole(AriaRole.Link, new() { Name = "Review" }).ClickAsync();
        await Expect(reviewer).ToHaveURLAsync(new Regex("/desk/review$"));
        await DeskReadyAsync(reviewer);
        var card = reviewer.Locator(".mud-card").Filter(new() { HasText = statement });
        await Expect(card.GetByText($"proposed by {ReporterName}")).ToBeVisibleAsync();
        // The desk's clock has minutes: the next whole minute but one, so readers are checked well before it.
        var now = DateTimeOffset.UtcNow;
        var releaseAt = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero).AddMinutes(2);
        await Field(card, "Release date (UTC)").FillAsync(releaseAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Field(card, "Release date (UTC)").PressAsync("Tab");
        await Field(card, "Release time").FillAsync(releaseAt.ToString("HH:mm", CultureInfo.InvariantCulture));
        await Field(card, "Release time").PressAsync("Tab");
        await card.GetByRole(AriaRole.Button, new() { Name = "Approve and schedule" }).ClickAsync();
        await Expect(Snackbar(reviewer, "Approved and scheduled: readers see nothing of it before its time.")).ToBeVisibleAsync();
        await Expect(card.GetByTestId("scheduled-for")).ToContainTextAsync($"Scheduled for {releaseAt:yyyy-MM-dd HH:mm} UTC");
        await Expect(card.GetByTestId("scheduled-for")).ToContainTextAsync($"approved by {ReviewerName}");

        // Before the time: no page, no feed item, no sitemap entry.
        var reader = await OpenAsync();
        var path = $"/claims/{story.ClaimId}/x";
        (await reader.GotoAsync(path))!.Status.ShouldBe(404, "nothing before the release time");
        ReaderChecks.ItemsAbout(await ReaderChecks.FeedAsync(reader, "/feeds/verdicts.rss"), story.ClaimId).Count.ShouldBe(0, "no feed item before the release time");
        (await SitemapAsync(reader)).ShouldNotContain(story.ClaimId.ToString(), customMessage: "no sitemap entry before the release time");
        DateTimeOffset.UtcNow.ShouldBeLessThan(releaseAt, "the page, feed and sitemap were read before the release time");

        // At the time: all three.
        await Eventually.HoldsAsync(TimeSpan.FromMinutes(3), async () => (await reader.GotoAsync(path))!.Status == 200,
            "the claim page after the release time", TimeSpan.FromSeconds(1));
        DateTimeOffset.UtcNow.ShouldBeGreaterThanOrEqualTo(releaseAt, "not released early");
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(statement);
        await Expect(reader.Locator("#verdict-heading")).ToContainTextAsync("False");
        await Eventually.HoldsAsync(TimeSpan.FromSeconds(30), async () =>
            ReaderChecks.ItemsAbout(await ReaderChecks.FeedAsync(reader, "/feeds/verdicts.rss"), story.ClaimId).Count == 1,
            "the verdict in the feed once the page shows it", TimeSpan.FromSeconds(1));
        await Eventually.HoldsAsync(TimeSpan.FromSeconds(30), async () => (await SitemapAsync(reader)).Contains(story.ClaimId.ToString(), StringComparison.Ordinal),
            "the claim in the sitemap once the page shows it", TimeSpan.FromSeconds(1));
    }

    private static async Task<string> SitemapAsync(IPage reader)
    {
        var response = await reader.APIRequest.GetAsync("/sitemaps/claims-1.xml");
        response.Ok.ShouldBeTrue($"the sitemap answered {response.Status}");
        return await response.TextAsync();
    }
}
