using System.Text.RegularExpressions;
using ClaimTrack.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace ClaimTrack.BrowserTests.Journeys;

/// <summary>Journey 5: anonymous visitors are sent to sign in; a Reporter can neither approve nor publish.</summary>
[Collection(NewsroomCollection.Name)]
public sealed class DeskIsClosedToOutsiders(NewsroomFixture newsroom, ChromiumFixture chromium) : Journey(newsroom.Server, chromium)
{
    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_a_Reporter_cannot_approve_or_publish()
    {
        var story = Server.Story("The old harbour was sold for one euro.");
        await story.RegisterAsync("Harbour Authority");
        await story.AttachEvidenceAsync();
        await story.ProposeAsync();

        var visitor = await OpenAsync();
        foreach (var path in new[] { "/desk", "/desk/register", "/desk/review", "/desk/admin", $"/desk/claims/{story.ClaimId}" })
        {
            await visitor.GotoAsync(path);
            await Expect(visitor).ToHaveURLAsync(new Regex("/account/login\\?returnUrl=", RegexOptions.IgnoreCase));
            await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        }

        var reporter = await OpenAsync(Reporter);
        await Expect(reporter.GetByRole(AriaRole.Link, new() { Name = "Review" })).ToHaveCountAsync(0);
        foreach (var path in new[] { "/desk/review", "/desk/admin" })
        {
            await reporter.GotoAsync(path);
            await Expect(reporter).ToHaveURLAsync(new Regex("/account/denied"));
        }

        await GoToDeskAsync(reporter, $"/desk/claims/{story.ClaimId}");
        await Expect(reporter.GetByText("Waiting for review:")).ToBeVisibleAsync();
        await Expect(reporter.GetByRole(AriaRole.Button, new() { Name = "Publish" })).ToHaveCountAsync(0);
        await Expect(reporter.GetByRole(AriaRole.Button, new() { Name = "Approve and publish" })).ToHaveCountAsync(0);
        await Expect(reporter.GetByRole(AriaRole.Button, new() { Name = "Retract" })).ToHaveCountAsync(0);

        // Still a draft for readers: the proposal was never approved.
        var reader = await OpenAsync();
        (await reader.GotoAsync($"/claims/{story.ClaimId}/x"))!.Status.ShouldBe(404);
    }
}
