using ClaimTrack.BrowserTests.Support;
using ClaimTrack.Web.Features.Claims.Publication;
using static Microsoft.Playwright.Assertions;

namespace ClaimTrack.BrowserTests.Journeys;

/// <summary>Journey 6: a reader searches for a word from the claim, filters by rating and opens the fact check.</summary>
[Collection(NewsroomCollection.Name)]
public sealed class ReaderFindsAFactCheck(NewsroomFixture newsroom, ChromiumFixture chromium) : Journey(newsroom.Server, chromium)
{
    [Fact]
    public async Task A_reader_searches_filters_by_rating_and_opens_the_claim()
    {
        var word = UniqueWord("glacier");
        var statement = $"The {word} glacier grew by a kilometre last summer.";
        var story = Server.Story(statement);
        await story.RegisterAsync("Mountain Institute", "Climate");
        await story.AttachEvidenceAsync();
        await story.ProposeAsync("misleading");
        await story.ApproveAsync();
        await story.DoAsync(new PublishClaim(), ClaimTrack.IntegrationTests.Support.ClaimStories.Editor);

        var reader = await OpenAsync();
        await reader.GotoAsync("/search");
        var form = reader.GetByRole(AriaRole.Search, new() { Name = "Search with filters" });
        await form.GetByLabel("Words").FillAsync(word);
        await form.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = "1 fact check found" })).ToBeVisibleAsync();

        await form.GetByLabel("Rating").SelectOptionAsync(new SelectOptionValue { Label = "True" });
        await form.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = "0 fact checks found" })).ToBeVisibleAsync();

        await form.GetByLabel("Rating").SelectOptionAsync(new SelectOptionValue { Label = "Misleading" });
        await form.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = "1 fact check found" })).ToBeVisibleAsync();
        await reader.GetByRole(AriaRole.Link, new() { Name = statement }).ClickAsync();

        await Expect(reader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(statement);
        await Expect(reader.Locator("#verdict-heading")).ToContainTextAsync("Misleading");
    }
}
