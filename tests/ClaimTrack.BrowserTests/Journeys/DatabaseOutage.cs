using ClaimTrack.BrowserTests.Support;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Desk;
using ClaimTrack.Web.Infrastructure.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClaimTrack.BrowserTests.Journeys;

/// <summary>A newsroom whose PostgreSQL goes away for a while, apart from the shared one the other journeys use.</summary>
public sealed class OutageNewsroom : IAsyncLifetime
{
    private readonly string _folder = TestFolders.Create("claimtrack-outage");
    private EmbeddedPostgresOptions _options = null!;
    private EmbeddedPostgres? _cluster;

    public NewsroomServer Server { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _options = new() { DataFolder = Path.Combine(_folder, "data"), Port = PortCheck.Free(), Database = "outage", Throwaway = true };
        _cluster = await EmbeddedPostgres.StartAsync(_options, NullLogger.Instance);
        Server = NewsroomServer.Start(_cluster.ConnectionString, new Dictionary<string, string>
        {
            // Saves during the outage answer within a second or so, so the loop makes many of them.
            ["ClaimTrack:Database:ReadRetrySeconds"] = "1",
            // The page checks its sign-in during the outage too: that check must not sign the editor out.
            ["ClaimTrack:Desk:RevalidateSeconds"] = "1",
        });
    }

    /// <summary>Stops the database, keeps it down for <paramref name="length"/>, and starts it again on the same data.</summary>
    public async Task OutageAsync(TimeSpan length)
    {
        await _cluster!.StopAsync();
        await Task.Delay(length);
        _cluster = await EmbeddedPostgres.StartAsync(_options, NullLogger.Instance);
    }

    public async ValueTask DisposeAsync()
    {
        if (Server is not null) await Server.DisposeAsync();
        if (_cluster is not null) await _cluster.DisposeAsync();
        TestFolders.Delete(_folder);
    }
}

/// <summary>
/// Journey 10: the database stops for ten seconds while an editor keeps saving. Every save is either stored or
/// reported as not saved at its button, none is lost without a word, and the page works again once the database is
/// back, without a reload.
/// </summary>
public sealed class DatabaseOutage(OutageNewsroom newsroom, ChromiumFixture chromium)
    : Journey(newsroom.Server, chromium), IClassFixture<OutageNewsroom>
{
    [Fact]
    public async Task Every_save_during_an_outage_is_stored_or_reported_unsaved_and_the_page_recovers_without_a_reload()
    {
        var story = Server.Story("The harbour handled a record tonnage last year.");
        await story.RegisterAsync("Port Authority");
        var editor = await OpenAsync(Editor);
        await GoToDeskAsync(editor, $"/desk/claims/{story.ClaimId}");
        await editor.EvaluateAsync("() => window.sameDocument = true"); // a reload would lose it

        var (reportedSaved, reportedUnsaved, last) = (new List<string>(), new List<string>(), "");
        var outage = Task.Run(() => newsroom.OutageAsync(TimeSpan.FromSeconds(10)), TestContext.Current.CancellationToken);
        for (var i = 1; !outage.IsCompleted && i <= 200; i++)
        {
            last = $"Outage save {i}.";
            (await SaveContextAsync(editor, last) ? reportedSaved : reportedUnsaved).Add(last);
        }
        await outage;
        TestContext.Current.TestOutputHelper?.WriteLine($"During the outage: {reportedSaved.Count} saved, {reportedUnsaved.Count} reported not saved.");

        // Saves made while the database was down were refused out loud, at the button.
        reportedUnsaved.ShouldNotBeEmpty();
        await Expect(Field(editor, "Context")).ToHaveValueAsync(last);

        // The database is back: the same page saves again, and it is the same page (no reload, still signed in).
        var after = "Saved after the outage.";
        (await SaveContextAsync(editor, after)).ShouldBeTrue();
        (await editor.EvaluateAsync<bool>("() => window.sameDocument === true")).ShouldBeTrue();
        await Expect(editor).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/desk/claims/{story.ClaimId}$"));

        // Every save the page called saved is stored; what is stored was one of the saves made (a save reported
        // unsaved can only be stored if its commit went through as the database stopped, and then it is there once).
        var stored = await StoredContextsAsync(story.ClaimId);
        stored.ShouldContain(after);
        foreach (var text in reportedSaved) stored.ShouldContain(text);
        stored.Except(reportedSaved.Concat(reportedUnsaved).Append(after)).ShouldBeEmpty();
        stored.Count.ShouldBe(stored.Distinct().Count());
    }

    /// <summary>Types the context and saves; true when the page said saved, false when it said not saved.</summary>
    private static async Task<bool> SaveContextAsync(IPage page, string text)
    {
        var form = page.Locator(".claim-editor");
        var answered = int.Parse(await form.GetAttributeAsync("data-answered") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        await Field(page, "Context").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the claim" }).ClickAsync();
        // This save's own answer: the count of answered saves moves on, whatever the outcome (a stuck page fails here).
        await Expect(form).ToHaveAttributeAsync("data-answered", $"{answered + 1}", new() { Timeout = 60_000 });
        if (await form.Locator(".save-problem").CountAsync() > 0)
        {
            await Expect(form.Locator(".save-problem")).ToContainTextAsync(DeskOutcome.NotAnswering);
            await Expect(Field(page, "Context")).ToHaveValueAsync(text);
            return false;
        }
        if (await ConflictNotice(page).CountAsync() > 0)
        {
            // An earlier save committed as the database stopped, though its answer was lost: the page says this one
            // was not saved, keeps the text, and a reload brings the page up to date before the next one.
            await Expect(Field(page, "Context")).ToHaveValueAsync(text);
            await ConflictNotice(page).GetByRole(AriaRole.Button, new() { Name = "Reload and keep my text" }).ClickAsync();
            await Expect(ConflictNotice(page)).ToHaveCountAsync(0);
            return false;
        }
        return true;
    }

    private static ILocator ConflictNotice(IPage page) => page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Your change was not saved." });

    private async Task<List<string>> StoredContextsAsync(Guid claimId)
    {
        await using var session = Server.Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(claimId);
        return [.. events.Select(e => e.Data).OfType<ClaimTextEdited>().Select(e => e.Context!)];
    }
}
