using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.ReaderRequests;

namespace ClaimTrack.IntegrationTests.Features.ReaderRequests;

public sealed class PolicySettingDatabase(TestCluster cluster) : IAsyncLifetime
{
    public ClaimTrackApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync() => App = await ClaimTrackApp.StartAsync(cluster, "policysetting", settings: new Dictionary<string, string>
    {
        ["ClaimTrack:Intake:CorrectionsPolicy"] = "## Our own policy\n\nWrite to the **standards editor**.<script>alert(1)</script>",
    });

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

/// <summary>The policy's text is a setting, in Markdown, sanitised like every other Markdown a reader sees.</summary>
public sealed class CorrectionsPolicySettingTests(PolicySettingDatabase db) : IClassFixture<PolicySettingDatabase>
{
    [Fact]
    public async Task The_page_shows_the_newsrooms_own_text_with_its_html_shown_as_text()
    {
        using var reader = new Reader(db.App);

        var page = await reader.PageAsync(ReaderIntakePaths.Policy);

        page.ShouldContain("<h2>Our own policy</h2>");
        page.ShouldContain("<strong>standards editor</strong>");
        // Raw HTML in the setting is shown as text, never run.
        page.ShouldNotContain("<script>alert(1)");
        page.ShouldContain("&lt;script&gt;alert(1)");
        page.ShouldNotContain("International Fact-Checking Network");
    }
}
