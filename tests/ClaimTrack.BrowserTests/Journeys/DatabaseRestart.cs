using ClaimTrack.BrowserTests.Support;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Infrastructure.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClaimTrack.BrowserTests.Journeys;

/// <summary>A newsroom whose PostgreSQL can be restarted under it, apart from the shared one.</summary>
public sealed class RestartableNewsroom : IAsyncLifetime
{
    private readonly string _folder = TestFolders.Create("claimtrack-restart");
    private EmbeddedPostgresOptions _options = null!;

    public EmbeddedPostgres Cluster { get; private set; } = null!;
    public NewsroomServer Server { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _options = new() { DataFolder = Path.Combine(_folder, "data"), Port = PortCheck.Free(), Database = "restart", Throwaway = true };
        Cluster = await EmbeddedPostgres.StartAsync(_options, NullLogger.Instance);
        Server = NewsroomServer.Start(Cluster.ConnectionString);
    }

    /// <summary>Stops the server (dropping every connection the app holds) and starts it again on the same data.</summary>
    public async Task RestartAsync()
    {
        await Cluster.StopAsync();
        Cluster = await EmbeddedPostgres.StartAsync(_options, NullLogger.Instance);
    }

    public async ValueTask DisposeAsync()
    {
        if (Server is not null) await Server.DisposeAsync();
        if (Cluster is not null) await Cluster.DisposeAsync();
        TestFolders.Delete(_folder);
    }
}

/// <summary>Journey 8: the desk keeps working after PostgreSQL restarts under it, and nothing saved before is lost.</summary>
public sealed class DatabaseRestart(RestartableNewsroom newsroom, ChromiumFixture chromium)
    : Journey(newsroom.Server, chromium), IClassFixture<RestartableNewsroom>
{
    [Fact]
    public async Task After_a_database_restart_the_next_save_succeeds_or_says_so_and_succeeds_on_retry()
    {
        var story = Server.Story("The new hospital wing has four hundred beds.");
        await story.RegisterAsync("Health Ministry");

        var editor = await OpenAsync(Editor);
        await GoToDeskAsync(editor, $"/desk/claims/{story.ClaimId}");
        await Field(editor, "Context").FillAsync("Before the restart.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save the claim" }).ClickAsync();
        await Expect(Snackbar(editor, "Saved.")).ToBeVisibleAsync();

        await newsroom.RestartAsync();
        // The first save's "Saved." may still be showing (and MudBlazor drops a duplicate while it does): the outcome
        // read below must be the second save's, so wait for the first to close.
        await Expect(editor.Locator(".mud-snackbar")).ToHaveCountAsync(0);

        await Field(editor, "Context").FillAsync("After the restart.");
        var save = editor.GetByRole(AriaRole.Button, new() { Name = "Save the claim" });
        await save.ClickAsync();
        var outcome = editor.Locator(".mud-snackbar").First;
        await Expect(outcome).ToBeVisibleAsync();
        if (!(await outcome.InnerTextAsync()).Contains("Saved.", StringComparison.Ordinal))
        {
            // A clear message, then the retry goes through.
            await Expect(outcome).ToContainTextAsync("database");
            await save.ClickAsync();
            await Expect(Snackbar(editor, "Saved.")).ToBeVisibleAsync();
        }

        await GoToDeskAsync(editor, $"/desk/claims/{story.ClaimId}");
        await Expect(Field(editor, "Context")).ToHaveValueAsync("After the restart.");
        await Expect(editor.GetByText("registered the claim")).ToBeVisibleAsync();
        await Expect(editor.GetByText("Version 3")).ToBeVisibleAsync();
    }
}
