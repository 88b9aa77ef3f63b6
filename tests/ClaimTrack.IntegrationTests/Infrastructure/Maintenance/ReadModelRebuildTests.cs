using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Claims.Scheduling;
using ClaimTrack.Web.Features.Claims.Translations;
using ClaimTrack.Web.Features.Desk.Notes;
using ClaimTrack.Web.Features.ReaderRequests;
using ClaimTrack.Web.Infrastructure.Maintenance;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Infrastructure.Maintenance;

/// <summary>
/// Issue 14: <c>ClaimTrack.Web rebuild-read-models</c> projects every read model again from the events, and what it
/// writes is what the app had written as the events happened.
/// </summary>
public sealed class ReadModelRebuildTests(TestCluster cluster)
{
    /// <summary>Every document projected from the claim stream, and the search tables their triggers fill.</summary>
    private static readonly (string Table, string Columns)[] ReadModels =
    [
        // release_at: the releaser's column (issue 17), filled from the snapshot's schedule.
        ("mt_doc_claim", "id, data, release_at"),
        ("mt_doc_verdicttimeline", "id, data"),
        (ReaderClaim.Table, "id, data"),
        ("mt_doc_verdictupdate", "id, data"),
        ("mt_doc_claimantsummary", "id, data"),
        ("mt_doc_topicsummary", "id, data"),
        (ClaimSearch.AllClaims.Name, "id, terms"),
        (ClaimSearch.PublishedClaims.Name, "id, terms"),
        // A reader's tip or correction request: a snapshot of its own stream.
        ("mt_doc_readerrequest", "id, data"),
        // A claim's internal discussion: a snapshot of its own stream.
        ("mt_doc_claimnotes", "id, data"),
    ];

    [Fact]
    public async Task A_rebuild_reproduces_every_read_model_from_the_events()
    {
        var database = await cluster.CreateDatabaseAsync("rebuild");
        SortedDictionary<string, string[]> written;
        await using (var app = new ClaimTrackApp(database, demoNewsroom: true))
        {
            // A claim retracted after publication, beside the demo's revisions, corrections and updates.
            await (await new ClaimStories(app.Writer).PublishedAsync("Retracted Person", "economy")).RetractAsync("The quote was misattributed.");
            // A claim readers can read in Spanish too: the reader view keeps its approved translation.
            var translated = await new ClaimStories(app.Writer).PublishedAsync("Translated Person", "economy");
            var translation = Guid.NewGuid();
            await translated.DoAsync(new ProposeTranslation(translation, "es", "La participación fue récord.", null, "No es un récord.", "Fue del 71 %."), ClaimStories.Reporter);
            await translated.ApproveChangeAsync(translation);
            // A verdict approved for a month ahead: its schedule lives in the claim snapshot only.
            var scheduled = new ClaimStories(app.Writer) { Start = DateTimeOffset.UtcNow.AddHours(-1) };
            await (await (await scheduled.RegisterAsync("Scheduled Person", "economy")).AttachEvidenceAsync()).ProposeAsync();
            await scheduled.DoAsync(new SchedulePublication(scheduled.VerdictId, DateTimeOffset.UtcNow.AddDays(30)), ClaimStories.Editor);
            await app.Services.GetRequiredService<IntakeWriter>().SubmitTipAsync(new ReaderFields(new Dictionary<string, string?>
            {
                [ReaderForms.Said] = "Turnout was the lowest in fifty years.",
                [ReaderForms.SaidBy] = "A senator",
                [ReaderForms.Where] = "Evening News",
            }));
            var writer = await DeskStaff.NewAsync(app, DeskRoles.Reporter, "Rebuild Notes");
            var noted = (await app.Store.QuerySession().Query<ClaimTrack.Web.Features.Claims.Claim>().Take(1).ToListAsync()).Single().Id;
            var notes = app.Services.GetRequiredService<NoteActions>();
            var first = Guid.NewGuid();
            await notes.AddAsync(writer, noted, new AddNote(first, "A first note."));
            await notes.AddAsync(writer, noted, new AddNote(Guid.NewGuid(), "A second note, then edited."));
            await notes.EditAsync(writer, noted, new EditNote(first, "The first note, edited."));
            await app.Store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
            ((DocumentStore)app.Store).Options.Projections.All.Count.ShouldBe(8, "a new projection: add its table to ReadModels");
            written = await DatabaseContents.OfAsync(database, ReadModels);
        }
        written.Values.ShouldAllBe(rows => rows.Length > 0);

        // Damage of every kind: rows gone, rows changed, a whole table emptied, search words lost.
        await DatabaseContents.ExecuteAsync(database, $$"""
            delete from {{ReaderClaim.Table}} where id in (select id from {{ReaderClaim.Table}} order by id limit 3);
            update mt_doc_claim set data = jsonb_set(data, '{Statement}', '"Hand-edited"') where id in (select id from mt_doc_claim order by id limit 2);
            update mt_doc_claimantsummary set data = jsonb_set(data, '{ClaimCount}', '999');
            delete from mt_doc_topicsummary;
            delete from mt_doc_readerrequest;
            delete from mt_doc_claimnotes;
            delete from mt_doc_verdictupdate where id in (select id from mt_doc_verdictupdate order by id limit 5);
            delete from mt_doc_verdicttimeline where id in (select id from mt_doc_verdicttimeline order by id limit 1);
            delete from {{ClaimSearch.AllClaims.Name}} where id in (select id from {{ClaimSearch.AllClaims.Name}} order by id limit 4);
            """);
        var damaged = await DatabaseContents.OfAsync(database, ReadModels);
        foreach (var (table, _) in ReadModels) damaged[table].ShouldNotBe(written[table], $"the damage reached {table}");

        var (exitCode, output) = await OperatorCommand.AppAsync(
            new Dictionary<string, string> { ["ConnectionStrings__ClaimTrack"] = database }, ReadModelRebuild.Verb);

        exitCode.ShouldBe(0, output);
        output.ShouldContain("Every read model was rebuilt.");
        var rebuilt = await DatabaseContents.OfAsync(database, ReadModels);
        foreach (var (table, _) in ReadModels) rebuilt[table].ShouldBe(written[table], $"{table} as the events first wrote it");
    }

    [Fact]
    public async Task The_rebuild_refuses_while_a_node_runs_on_the_database()
    {
        var database = await cluster.CreateDatabaseAsync("rebuild_busy");
        await using var app = new ClaimTrackApp(database);
        _ = app.Services;
        await new ClaimStories(app.Writer).PublishedAsync("Busy Person");
        await app.Store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        var before = await DatabaseContents.OfAsync(database, ReadModels);

        var (exitCode, output) = await OperatorCommand.AppAsync(
            new Dictionary<string, string> { ["ConnectionStrings__ClaimTrack"] = database }, ReadModelRebuild.Verb);

        exitCode.ShouldBe(1, output);
        output.ShouldContain("1 ClaimTrack node(s) are running on this database: stop every node before rebuilding the read models");
        var after = await DatabaseContents.OfAsync(database, ReadModels);
        foreach (var (table, _) in ReadModels) after[table].ShouldBe(before[table], $"{table}: nothing torn down under the running node");
    }
}
