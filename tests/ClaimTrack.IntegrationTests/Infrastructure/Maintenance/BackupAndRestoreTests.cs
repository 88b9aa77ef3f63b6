using System.Globalization;
using System.Net;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.DemoNewsroom;
using ClaimTrack.Web.Infrastructure.Postgres;
using Marten;
using Marten.Events;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClaimTrack.IntegrationTests.Infrastructure.Maintenance;

/// <summary>
/// Issue 14: a newsroom backed up with <c>./deploy/db.sh backup</c> while the app runs, and restored with
/// <c>./deploy/db.sh restore</c> into a fresh cluster of the app's own, comes back whole: every claim, read model,
/// search row, account and sign-in key, and the app works on it.
/// </summary>
public sealed class BackupAndRestoreTests(TestCluster cluster)
{
    private const string ChiefEmail = "chief@newsroom.example";
    private const string ChiefPassword = "a long passphrase";

    [Fact]
    public async Task A_newsroom_backed_up_and_restored_into_a_fresh_cluster_comes_back_whole()
    {
        var folder = TestFolders.Create("claimtrack-restore");
        try
        {
            var source = await cluster.CreateDatabaseAsync("backup");
            var dump = Path.Combine(folder, "newsroom.dump");
            SortedDictionary<string, string[]> backedUp;
            string reporterEmail;
            int published;
            await using (var app = new ClaimTrackApp(source, demoNewsroom: true, new Dictionary<string, string>
            {
                ["ClaimTrack:Admin:Email"] = ChiefEmail,
                ["ClaimTrack:Admin:Name"] = "Chief Editor",
                ["ClaimTrack:Admin:Password"] = ChiefPassword,
            }))
            {
                reporterEmail = (await DeskVisitor.CreateUserAsync(app, "Reporter")).Email!;
                await (await new ClaimStories(app.Writer).PublishedAsync("Retracted Person")).RetractAsync("The quote was misattributed.");
                await app.Store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
                backedUp = WithoutDaemonBookkeeping(await DatabaseContents.AllAsync(source));
                await using (var session = app.Store.QuerySession()) published = await session.Query<ReaderClaim>().CountAsync();

                // While the app runs, as a nightly job would.
                var (backup, backupOutput) = await OperatorCommand.DbScriptAsync(
                    new Dictionary<string, string> { ["ConnectionStrings__ClaimTrack"] = source }, "backup", dump);
                backup.ShouldBe(0, backupOutput);
            }
            // The suite runs on Linux only (bash, PostgreSQL's server); the guard tells the analyzer so.
            (OperatingSystem.IsWindows() ? UnixFileMode.None : File.GetUnixFileMode(dump))
                .ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite, "the dump holds password hashes: its owner's alone");

            // A fresh cluster as the app makes it on a new machine: created on a first start, then stopped.
            var options = new EmbeddedPostgresOptions { DataFolder = Path.Combine(folder, "pg"), Port = PortCheck.Free(), Throwaway = true };
            await (await EmbeddedPostgres.StartAsync(options, NullLogger.Instance)).StopAsync();
            var (restore, restoreOutput) = await OperatorCommand.DbScriptAsync(new Dictionary<string, string>
            {
                ["ClaimTrack__Postgres__DataFolder"] = options.DataFolder,
                ["ClaimTrack__Postgres__Port"] = options.Port.ToString(CultureInfo.InvariantCulture),
            }, "restore", dump);
            restore.ShouldBe(0, restoreOutput);

            await using var restored = await EmbeddedPostgres.StartAsync(options, NullLogger.Instance);
            var contents = WithoutDaemonBookkeeping(await DatabaseContents.AllAsync(restored.ConnectionString));
            contents.Keys.ShouldBe(backedUp.Keys);
            foreach (var (table, rows) in backedUp) contents[table].ShouldBe(rows, $"{table} restored row for row");

            await using var app2 = new ClaimTrackApp(restored.ConnectionString, demoNewsroom: true);
            await ShowsEveryPublishedClaimAsync(app2, published);
            foreach (var (email, password) in new[] { (ChiefEmail, ChiefPassword), (reporterEmail, DeskVisitor.Password), ("editor@demo.claimtrack", DemoAccounts.Password) })
                await SignsInAsync(app2, email, password);
        }
        finally
        {
            TestFolders.Delete(folder);
        }
    }

    [Fact]
    public async Task A_restore_refuses_while_a_node_is_connected_and_leaves_the_database_alone()
    {
        var folder = TestFolders.Create("claimtrack-restore-busy");
        try
        {
            var database = await cluster.CreateDatabaseAsync("restore_busy");
            var settings = new Dictionary<string, string> { ["ConnectionStrings__ClaimTrack"] = database };
            await using var app = new ClaimTrackApp(database);
            _ = app.Services;
            var dump = Path.Combine(folder, "before.dump");
            (await OperatorCommand.DbScriptAsync(settings, "backup", dump)).ExitCode.ShouldBe(0);
            var story = await new ClaimStories(app.Writer).PublishedAsync("After The Backup");

            var (exitCode, output) = await OperatorCommand.DbScriptAsync(settings, "restore", dump);

            exitCode.ShouldBe(1, output);
            output.ShouldContain("1 ClaimTrack node(s) are connected to");
            await using var session = app.Store.QuerySession();
            (await session.LoadAsync<Claim>(story.ClaimId)).ShouldNotBeNull("the claim saved after the backup is still there");
        }
        finally
        {
            TestFolders.Delete(folder);
        }
    }

    [Fact]
    public async Task A_restore_refuses_a_file_that_is_not_a_dump()
    {
        var folder = TestFolders.Create("claimtrack-restore-bad");
        try
        {
            var notADump = Path.Combine(folder, "notes.txt");
            await File.WriteAllTextAsync(notADump, "select 1;");

            var (exitCode, output) = await OperatorCommand.DbScriptAsync(
                new Dictionary<string, string> { ["ConnectionStrings__ClaimTrack"] = "Host=127.0.0.1;Port=1;Database=none" }, "restore", notADump);

            exitCode.ShouldBe(1, output);
            output.Trim().ShouldBe($"{notADump} is not a pg_dump archive in custom format (pg_dump -Fc).");
        }
        finally
        {
            TestFolders.Delete(folder);
        }
    }

    private static async Task ShowsEveryPublishedClaimAsync(ClaimTrackApp app, int expected)
    {
        await using var session = app.Store.QuerySession();
        var shown = await session.Query<ReaderClaim>().ToListAsync();
        shown.Count.ShouldBe(expected);
        shown.Count.ShouldBeGreaterThan(10);
        using var reader = app.CreateClient();
        foreach (var claim in shown)
        {
            var page = await reader.GetAsync(new Uri($"/claims/{claim.Id}/{claim.Slug}", UriKind.Relative));
            page.StatusCode.ShouldBe(claim.Retracted ? HttpStatusCode.Gone : HttpStatusCode.OK, claim.Slug);
        }
        // The claimant pages' counts come from the restored async projection, not from a replay after the start.
        (await session.Query<ClaimantSummary>().Where(s => s.Name == "Retracted Person").SingleAsync()).ClaimCount.ShouldBe(1);
        (await session.Query<Claim>().CountAsync()).ShouldBe(DemoNewsroomScript.Claims.Count + 1);
    }

    private static async Task SignsInAsync(ClaimTrackApp app, string email, string password)
    {
        using var visitor = new DeskVisitor(app);
        var (response, body) = await visitor.SignInAsync(email, password);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{email} signs in: {body}");
        (await visitor.GetAsync("/desk")).StatusCode.ShouldBe(HttpStatusCode.OK, $"{email} reaches the desk");
    }

    /// <summary>
    /// The daemon's high-water rows record when it last looked for new events: they move while the app runs, between
    /// the snapshot and the dump, without any newsroom data changing (and a restored node writes them anew).
    /// </summary>
    private static SortedDictionary<string, string[]> WithoutDaemonBookkeeping(SortedDictionary<string, string[]> contents)
    {
        if (contents.TryGetValue("mt_event_progression", out var rows))
            contents["mt_event_progression"] = [.. rows.Where(r => !r.StartsWith("(HighWater", StringComparison.Ordinal))];
        return contents;
    }
}
