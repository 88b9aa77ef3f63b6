using ClaimTrack.BrowserTests.Support;
using ClaimTrack.IntegrationTests.Support;
using static Microsoft.Playwright.Assertions;

namespace ClaimTrack.BrowserTests.Journeys;

/// <summary>
/// Journey: the workspace for a day's work. Sources open in a new tab, and text typed but not saved survives a reload:
/// put back with a notice, discardable, never silently over a colleague's newer save, and gone at sign-out.
/// </summary>
[Collection(NewsroomCollection.Name)]
public sealed class EditorKeepsUnsavedText(NewsroomFixture newsroom, ChromiumFixture chromium) : Journey(newsroom.Server, chromium)
{
    private const string Kept = "Object.keys(localStorage).filter(k => k.startsWith('claimtrack.draft|')).length";

    [Fact]
    public async Task Typed_text_is_restored_after_a_reload_and_can_be_discarded()
    {
        var story = Server.Story($"The {UniqueWord("harbour")} dredging finished on time.");
        await story.RegisterAsync("Port Authority");
        await story.AttachEvidenceAsync("Harbour works register");
        var page = await OpenAsync(Editor);
        await GoToDeskAsync(page, $"/desk/claims/{story.ClaimId}");
        await DraftsWatchedAsync(page);

        // The sources: links to a new tab that get no handle on the desk; the evidence's date and excerpt are shown.
        var source = page.Locator("a.source-link[href='https://elections.example.org/turnout']");
        await Expect(source).ToHaveAttributeAsync("target", "_blank");
        await Expect(source).ToHaveAttributeAsync("rel", "noopener noreferrer");
        await Expect(page.Locator(".evidence-excerpt")).ToHaveTextAsync("Turnout 71%, below the 1985 figure.");
        await Expect(page.Locator("time[datetime='2025-03-02']")).ToBeVisibleAsync();

        const string typed = "Said on the quay, to the port's workers, before the audit was out.";
        await Field(page, "Context").FillAsync(typed);
        await WaitUntilKeptAsync(page);
        await page.ReloadAsync();
        await DeskReadyAsync(page);

        var notice = page.Locator(".draft-notice");
        await Expect(notice).ToContainTextAsync("Restored unsaved text from");
        await Expect(Field(page, "Context")).ToHaveValueAsync(typed);
        await Artifacts.ScreenshotAsync(page, "restored-text");

        await notice.GetByRole(AriaRole.Button, new() { Name = "Discard" }).ClickAsync();
        await Expect(notice).ToHaveCountAsync(0);
        await Expect(Field(page, "Context")).ToHaveValueAsync("");
        await KeptAsync(page, n => n == 0, "no kept text");
        await page.ReloadAsync();
        await DeskReadyAsync(page);
        await Expect(Field(page, "Statement")).ToHaveValueAsync(story.Statement);
        await Expect(page.Locator(".draft-notice")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Text_typed_before_a_colleagues_save_is_offered_beside_it_and_sign_out_forgets_it()
    {
        var story = Server.Story($"The {UniqueWord("tram")} line carries forty thousand riders a day.");
        await story.RegisterAsync("Transport Secretary");
        var page = await OpenAsync(Editor);
        await GoToDeskAsync(page, $"/desk/claims/{story.ClaimId}");
        await DraftsWatchedAsync(page);

        const string mine = "Said at the depot's opening, reading from the operator's brochure.";
        await Field(page, "Context").FillAsync(mine);
        await WaitUntilKeptAsync(page);
        // A colleague saves while this text waits unsaved; the reload then shows the newer claim.
        var colleague = ClaimStories.Continuing(Server.Writer, story.ClaimId, story.Version);
        await colleague.AttachEvidenceAsync("Operator ridership report");
        await page.ReloadAsync();
        await DeskReadyAsync(page);

        var notice = page.Locator(".draft-notice");
        await Expect(notice).ToContainTextAsync("typed before the claim last changed");
        await Expect(notice).ToContainTextAsync($"Your unsaved text: {mine}");
        await Expect(Field(page, "Context")).ToHaveValueAsync(""); // nothing replaced until the editor chooses
        await notice.GetByRole(AriaRole.Button, new() { Name = "Use my unsaved text" }).ClickAsync();
        await Expect(Field(page, "Context")).ToHaveValueAsync(mine);
        await WaitUntilKeptAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        await KeptAsync(page, n => n == 0, "no kept text");
    }

    [Fact]
    public async Task Text_typed_into_the_register_form_is_restored_and_cleared_once_registered()
    {
        var statement = $"The {UniqueWord("bakery")} tax doubled bread prices.";
        var page = await OpenAsync(Reporter);
        await GoToDeskAsync(page, "/desk/register");
        await DraftsWatchedAsync(page);
        await Field(page, "Statement").FillAsync(statement);
        await WaitUntilKeptAsync(page);
        await page.ReloadAsync();
        await DeskReadyAsync(page);

        await Expect(page.Locator(".draft-notice")).ToContainTextAsync("Restored unsaved text from");
        await Expect(Field(page, "Statement")).ToHaveValueAsync(statement);
        await Field(page, "Claimant (person or organisation)").FillAsync("Bakers' Guild");
        await Field(page, "Where it appeared (outlet)").FillAsync("Morning Post");
        var date = Field(page, "Date it appeared");
        await date.FillAsync("2025-03-01");
        await date.PressAsync("Tab");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/desk/claims/[0-9a-f-]{36}$"));
        await KeptAsync(page, n => n == 0, "no kept text");
    }

    // The page starts watching its fields once its circuit has loaded the module, a moment after it turns interactive:
    // text typed before that raises no event the module hears (a person's next keystroke would be kept, a test's single
    // fill would not).
    private static Task DraftsWatchedAsync(IPage page) =>
        page.Locator("[data-draft-watched=true]").First.WaitForAsync(new() { State = WaitForSelectorState.Attached });

    // The browser writes after a short pause in typing: wait for the write, as a crash after it would find it.
    private static Task<TimeSpan> WaitUntilKeptAsync(IPage page) => KeptAsync(page, n => n > 0, "the typed text kept");

    // Polled with Evaluate, which the desk's content security policy allows (WaitForFunction needs eval, which it refuses).
    private static Task<TimeSpan> KeptAsync(IPage page, Func<int, bool> holds, string what) =>
        Eventually.HoldsAsync(TimeSpan.FromSeconds(15), async () => holds(await page.EvaluateAsync<int>(Kept)), what, TimeSpan.FromMilliseconds(100));
}
