using ClaimTrack.BrowserTests.Support;
using Deque.AxeCore.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClaimTrack.BrowserTests.Journeys;

/// <summary>
/// Every desk and account page, on a phone and on a laptop: one main landmark, exactly one h1, nothing wider than the
/// window, and axe-core finds no serious or critical violation. By keyboard alone, the skip link comes first and moves
/// focus to the page, every stop shows a focus ring, and every page of the desk can be reached.
/// </summary>
[Collection(NewsroomCollection.Name)]
public sealed class DeskIsAccessible(NewsroomFixture newsroom, ChromiumFixture chromium) : Journey(newsroom.Server, chromium)
{
    private const string Admin = "admin@demo.claimtrack";
    private const string ClaimPlaceholder = "{claim}";

    /// <summary>A desk page, who opens it (null: nobody signed in), and a text that shows once its data has loaded.</summary>
    private sealed record DeskPage(string Path, string? Person, string? Loaded = null);

    // Every desk and account page, in one place: a new page is one more line here.
    private static readonly DeskPage[] Pages =
    [
        new("/desk/today", Admin),
        new("/desk", Admin, "Register a claim"),
        new($"/desk/claims/{ClaimPlaceholder}", Admin, "Verdict timeline"),
        new("/desk/register", Admin),
        new("/desk/review", Admin),
        new("/desk/intake", Admin),
        new("/desk/import", Admin),
        new("/desk/webhooks", Admin),
        new("/desk/admin", Admin),
        new("/desk/notifications", Admin),
        new("/account/password", Admin),
        new("/account/profile", Admin),
        new("/account/login", null),
    ];

    public static TheoryData<string> Screens => [DeskScreens.Phone.Name, DeskScreens.Laptop.Name];

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Every_desk_page_has_one_main_one_h1_fits_the_window_and_has_no_serious_axe_violation(string screenName)
    {
        var screen = screenName == DeskScreens.Phone.Name ? DeskScreens.Phone : DeskScreens.Laptop;
        var story = Server.Story($"The {UniqueWord("bridge")} bridge was finished two years late.");
        await story.RegisterAsync("Works Department", "Transport");
        await story.AttachEvidenceAsync("Contract and handover record");

        var people = new Dictionary<string, IPage>();
        var problems = new List<string>();
        foreach (var desk in Pages)
        {
            var key = desk.Person ?? "";
            if (!people.TryGetValue(key, out var page))
                people[key] = page = await OpenAsync(desk.Person, screen.Width, screen.Height);
            var path = desk.Path.Replace(ClaimPlaceholder, story.ClaimId.ToString(), StringComparison.Ordinal);
            await page.GotoAsync(path);
            // Desk pages run a circuit; the account pages are plain forms and never mark themselves interactive.
            if (path.StartsWith("/desk", StringComparison.Ordinal)) await DeskReadyAsync(page);
            await Expect(page.Locator("h1")).ToHaveCountAsync(1);
            await Expect(page.Locator("h1")).ToBeVisibleAsync();
            if (desk.Loaded is not null) await Expect(page.GetByText(desk.Loaded, new() { Exact = true }).First).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Main)).ToHaveCountAsync(1);

            if (!await DeskScreens.FitsAsync(page)) problems.Add($"{path} on a {screen.Name}: wider than the window ({await DeskScreens.WidthsAsync(page)})");
            var axe = await page.RunAxe();
            problems.AddRange(axe.Violations
                .Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{path} on a {screen.Name}: {v.Id} ({v.Impact}) {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}"));
        }

        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task By_keyboard_the_skip_link_comes_first_every_stop_shows_focus_and_every_desk_page_is_reached()
    {
        var page = await OpenAsync(Admin, DeskScreens.Laptop.Width, DeskScreens.Laptop.Height);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Claims", Level = 1 })).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to the page's content" });
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync(new() { Ratio = 1 });
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Main)).ToBeFocusedAsync();
        // The next stop is the page's own first control, not the app bar.
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Register a claim" })).ToBeFocusedAsync();

        // From the top, through the bar and into the page: each stop visible and ringed.
        await page.GotoAsync("/desk");
        await DeskReadyAsync(page);
        var reached = new HashSet<string>();
        for (var stop = 0; stop < 25; stop++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<FocusStop>("""
                () => {
                    const e = document.activeElement;
                    const r = e.getBoundingClientRect();
                    const style = getComputedStyle(e);
                    return { name: (e.textContent || e.getAttribute('aria-label') || e.tagName).trim(),
                             ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
                             shown: e.checkVisibility() && r.width > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth };
                }
                """);
            focus.Shown.ShouldBeTrue($"stop {stop} ({focus.Name}) has focus but cannot be seen");
            focus.Ring.ShouldBeTrue($"stop {stop} ({focus.Name}) shows no focus ring");
            reached.Add(focus.Name);
        }
        string[] everyPage = ["Claims", "Reader requests", "Review", "Import", "Admin", "Webhooks", "Profile", "Password", "Sign out", "Register a claim"];
        everyPage.Except(reached).ShouldBeEmpty("never reached by the Tab key");

        // On a phone, the menu opens and leads to a page by keyboard alone.
        var phone = await OpenAsync(Editor, DeskScreens.Phone.Width, DeskScreens.Phone.Height);
        var menu = phone.GetByRole(AriaRole.Button, new() { Name = "Menu", Exact = true });
        await menu.FocusAsync();
        await phone.Keyboard.PressAsync("Enter");
        var review = phone.GetByRole(AriaRole.Navigation, new() { Name = "Desk menu" }).GetByRole(AriaRole.Link, new() { Name = "Review", Exact = true });
        for (var stop = 0; stop < 10 && !await IsFocusedAsync(review); stop++) await phone.Keyboard.PressAsync("Tab");
        await Expect(review).ToBeFocusedAsync();
        await phone.Keyboard.PressAsync("Enter");
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Waiting for your review", Level = 1 })).ToBeVisibleAsync();
    }

    private static Task<bool> IsFocusedAsync(ILocator locator) => locator.EvaluateAsync<bool>("e => e === document.activeElement");

    // Playwright fills the answer through a parameterless constructor and setters.
    private sealed class FocusStop
    {
        public string Name { get; set; } = "";
        public bool Ring { get; set; }
        public bool Shown { get; set; }
    }
}
