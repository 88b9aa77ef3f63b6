using ClaimTrack.BrowserTests.Support;
using Deque.AxeCore.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClaimTrack.BrowserTests.Journeys;

/// <summary>The read API's reference page (/api) is a reader page like the others: axe-core finds nothing serious, no console error.</summary>
[Collection(NewsroomCollection.Name)]
public sealed class ApiReferenceIsAccessible(NewsroomFixture newsroom, ChromiumFixture chromium) : Journey(newsroom.Server, chromium)
{
    [Fact]
    public async Task The_api_reference_has_no_serious_or_critical_axe_violation_and_logs_no_error()
    {
        var reader = await OpenAsync();
        var problems = new List<string>();
        reader.Console += (_, message) => { if (message.Type == "error") problems.Add($"console error: {message.Text}"); };

        await reader.GotoAsync("/api");
        await Expect(reader.Locator("h1")).ToHaveTextAsync("Read API");
        await Expect(reader.Locator("h3 code").First).ToHaveTextAsync("GET /api/v1/claims");

        var axe = await reader.RunAxe();
        problems.AddRange(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id} ({v.Impact}) {v.Help}"));
        problems.ShouldBeEmpty();
    }
}
