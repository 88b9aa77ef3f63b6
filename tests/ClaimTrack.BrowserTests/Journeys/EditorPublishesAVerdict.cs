using System.Text.RegularExpressions;
using ClaimTrack.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace ClaimTrack.BrowserTests.Journeys;

/// <summary>Journey 2: a different Editor approves a proposal from the review queue; readers and subscribers get it.</summary>
[Collection(NewsroomCollection.Name)]
public sealed class EditorPublishesAVerdict(NewsroomFixture newsroom, ChromiumFixture chromium) : Journey(newsroom.Server, chromium)
{
    [Fact]
    public async Task Editor_approves_from_the_review_queue_and_the_public_page_and_feed_show_the_verdict()
    {
        const string statement = "The audit found forty thousand missing ballots in the capital.";
        var story = Server.Story(statement);
        await story.RegisterAsync("Ana Cifuentes", "Elections");
        await story.AttachEvidenceAsync("Audit office ledger");
        await story.ProposeAsync();

        var editor = await OpenAsync(Editor);
        await editor.GetByRole(AriaRole.Link, new() { Name = "Review" }).ClickAsync();
        await Expect(editor).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/desk/review$"));
        var card = editor.Locator(".mud-card").Filter(new() { HasText = statement });
        await Expect(card.GetByText("proposed by Rosa Díaz")).ToBeVisibleAsync();
        await Artifacts.ScreenshotAsync(editor, "review-queue");
        await card.GetByRole(AriaRole.Button, new() { Name = "Approve and publish" }).ClickAsync();
        await Expect(Snackbar(editor, "Approved and published.")).ToBeVisibleAsync();
        await Expect(card).ToHaveCountAsync(0);

        var reader = await OpenAsync();
        await reader.GotoAsync($"/claims/{story.ClaimId}/old-slug");
        await Expect(reader).ToHaveURLAsync(new Regex($"/claims/{story.ClaimId}/the-audit-found-forty-thousand"));
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(statement);
        await Expect(reader.Locator("#verdict-heading")).ToContainTextAsync("False");
        await Expect(reader.GetByRole(AriaRole.Link, new() { Name = "Audit office ledger" })).ToBeVisibleAsync();
        var review = await ReaderChecks.ClaimReviewAsync(reader);
        review.GetProperty("claimReviewed").GetString().ShouldBe(statement);
        review.GetProperty("reviewRating").GetProperty("alternateName").GetString().ShouldBe("False");
        review.GetProperty("itemReviewed").GetProperty("author").GetProperty("name").GetString().ShouldBe("Ana Cifuentes");

        var feed = await ReaderChecks.FeedAsync(reader, "/feeds/verdicts.rss");
        var items = ReaderChecks.ItemsAbout(feed, story.ClaimId);
        items.Count.ShouldBe(1);
        items[0].Title.Text.ShouldBe($"False: {statement}");
    }
}
