namespace ClaimTrack.BrowserTests.Support;

/// <summary>Where journeys leave what a person would have seen: failure evidence and the README's screenshots.</summary>
public static class Artifacts
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Beside the test results (./deploy/test.sh writes them to TestResults/).</summary>
    public static string FailuresFolder =>
        Environment.GetEnvironmentVariable("CLAIMTRACK_BROWSER_ARTIFACTS") is { Length: > 0 } folder
            ? folder
            : Path.Combine(RepositoryRoot, "TestResults", "browser");

    /// <summary>
    /// docs/screenshots only when asked (CLAIMTRACK_SCREENSHOTS=1): every run's pictures differ by their dates, and a test
    /// run should not leave the working tree changed.
    /// </summary>
    public static string ScreenshotsFolder =>
        Environment.GetEnvironmentVariable("CLAIMTRACK_SCREENSHOTS") == "1"
            ? Path.Combine(RepositoryRoot, "docs", "screenshots")
            : Path.Combine(FailuresFolder, "screenshots");

    public static async Task ScreenshotAsync(IPage page, string name, bool fullPage = false)
    {
        Directory.CreateDirectory(ScreenshotsFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotsFolder, $"{name}.png"), FullPage = fullPage });
    }

    public static async Task SaveFailureAsync(IPage page, string testName, int index)
    {
        var folder = Path.Combine(FailuresFolder, "failures");
        Directory.CreateDirectory(folder);
        var stem = Path.Combine(folder, $"{Safe(testName)}-{index}");
        try
        {
            await page.ScreenshotAsync(new() { Path = stem + ".png", FullPage = true });
            await File.WriteAllTextAsync(stem + ".html", await page.ContentAsync());
        }
        catch (PlaywrightException) { /* the page may already be gone; the other pages are still worth saving */ }
    }

    private static string Safe(string name) => string.Concat(name.Select(c => char.IsLetterOrDigit(c) ? c : '-'));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ClaimTrack.sln"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
