using static Microsoft.Playwright.Assertions;

namespace ClaimTrack.BrowserTests.Support;

/// <summary>Steps in a claim's workspace that several journeys take the way an editor does: by clicking.</summary>
public abstract partial class Journey
{
    protected static async Task AttachEvidenceAsync(IPage page, string title, string url, string publisher)
    {
        var evidence = page.Locator(".mud-paper").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Evidence" }) }).Last;
        await evidence.GetByRole(AriaRole.Button, new() { Name = "Attach evidence" }).ClickAsync();
        await Field(evidence, "Title").FillAsync(title);
        await Field(evidence, "Web address").FillAsync(url);
        await Field(evidence, "Publisher").FillAsync(publisher);
        await evidence.GetByRole(AriaRole.Button, new() { Name = "Attach", Exact = true }).ClickAsync();
        await Expect(evidence.GetByText(title, new() { Exact = true }).First).ToBeVisibleAsync();
        await Expect(Field(evidence, "Title")).ToHaveCountAsync(0); // the form closes after a save
    }

    /// <summary>Opens the verdict dialog, fills it and sends it for review; the workspace then says it waits.</summary>
    protected static async Task ProposeVerdictAsync(IPage page, string rating, string summary, string reasoning)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Propose a verdict" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await ChooseAsync(page, "Rating", rating);
        await Field(dialog, "One-line summary").FillAsync(summary);
        await dialog.Locator("textarea").Last.FillAsync(reasoning);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Propose for review" }).ClickAsync();
        await Expect(page.GetByText("Waiting for review:")).ToBeVisibleAsync();
    }
}
