using System.Text.RegularExpressions;

namespace ClaimTrack.BrowserTests.Support;

/// <summary>
/// A person (or several) in the browser. Each <see cref="OpenAsync"/> is a separate browser context, so two people
/// never share a cookie. When the journey fails, every page it opened leaves a screenshot and its HTML.
/// </summary>
public abstract partial class Journey : IAsyncLifetime
{
    public const string DemoPassword = "newsroom-demo-2015";
    public const string Reporter = "reporter@demo.claimtrack";
    public const string Editor = "editor@demo.claimtrack";
    public const string SecondEditor = "editor2@demo.claimtrack";

    private readonly NewsroomServer? _server;
    private readonly string _baseUrl;
    private readonly ChromiumFixture _chromium;
    private readonly List<IBrowserContext> _contexts = [];
    private readonly List<IPage> _pages = [];

    protected Journey(NewsroomServer server, ChromiumFixture chromium) : this(server.BaseUrl, chromium) => _server = server;

    /// <summary>A journey on a site the test does not host itself (the loopback cluster's nginx).</summary>
    protected Journey(string baseUrl, ChromiumFixture chromium) => (_baseUrl, _chromium) = (baseUrl, chromium);

    protected NewsroomServer Server => _server ?? throw new InvalidOperationException("This journey's site is not an in-process server.");

    /// <summary>A word no other claim holds, so searches and assertions find this journey's claim only.</summary>
    protected static string UniqueWord(string stem) => $"{stem}{Guid.NewGuid().ToString("N")[..6]}";

    // locale: the browser's language, which it sends as Accept-Language (a Spanish reader: "es-VE").
    protected async Task<IPage> OpenAsync(string? signedInAs = null, int width = 1366, int height = 900, string locale = "en-GB")
    {
        var context = await _chromium.Browser.NewContextAsync(new()
        {
            BaseURL = _baseUrl,
            ViewportSize = new() { Width = width, Height = height },
            Locale = locale,
            TimezoneId = "UTC",
        });
        context.SetDefaultTimeout(15_000);
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        _pages.Add(page);
        if (signedInAs is not null) await SignInAsync(page, signedInAs);
        return page;
    }

    protected static async Task SignInAsync(IPage page, string email, string? returnUrl = null)
    {
        await page.GotoAsync(returnUrl is null ? "/account/login" : $"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(DeskPath());
        await DeskReadyAsync(page);
    }

    /// <summary>Opens a desk page and waits until its circuit is live: a click before that would be lost.</summary>
    protected static async Task GoToDeskAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await DeskReadyAsync(page);
    }

    protected static Task DeskReadyAsync(IPage page) =>
        page.Locator("[data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>The form field with exactly this label (a required field's label ends with MudBlazor's asterisk).</summary>
    protected static ILocator Field(ILocator scope, string label) =>
        scope.GetByLabel(new Regex($"^{Regex.Escape(label)}\\*?$"));

    protected static ILocator Field(IPage page, string label) => Field(page.Locator("body"), label);

    /// <summary>A MudBlazor select: open it, then pick the option by its visible text.</summary>
    protected static async Task ChooseAsync(IPage page, string label, string option)
    {
        await Field(page, label).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").GetByText(option, new() { Exact = true }).ClickAsync();
    }

    protected static ILocator Snackbar(IPage page, string text) => page.Locator(".mud-snackbar").GetByText(text);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (TestContext.Current.TestState?.Result is TestResult.Failed)
        {
            var name = TestContext.Current.Test?.TestDisplayName ?? GetType().Name;
            for (var i = 0; i < _pages.Count; i++) await Artifacts.SaveFailureAsync(_pages[i], name, i + 1);
        }
        foreach (var context in _contexts) await context.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [GeneratedRegex("/desk")]
    private static partial Regex DeskPath();
}
