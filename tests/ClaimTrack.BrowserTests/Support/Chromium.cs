namespace ClaimTrack.BrowserTests.Support;

/// <summary>Debian's Chromium, never a downloaded browser; the flags keep it from calling hosts this network refuses.</summary>
public static class Chromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("CLAIMTRACK_CHROMIUM") is { Length: > 0 } path ? path : DefaultPath;

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException(
                $"Chromium is not at {ExecutablePath}: run 'sudo apt-get install chromium' (./deploy/test.sh does it when run as root), or set CLAIMTRACK_CHROMIUM.");
        return await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }
}
