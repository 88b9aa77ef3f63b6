using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ClaimTrack.Bench.Tests;

/// <summary>
/// The benchmark loader bypasses sessions and inline projections, so it must prove that it builds the very database
/// the app builds: the same histories, once saved command by command through the app's store and once bulk-loaded,
/// give the same streams, events, documents, revisions, daemon progress and indexes.
/// </summary>
public sealed class BenchSeederTests(TestCluster cluster)
{

    [Fact]
    public async Task Bulk_loading_builds_the_same_database_as_the_app()
    {
        // Forty claims, plus the first retracted one the generator makes (one in a hundred), so every path is covered.
        var retracted = Enumerable.Range(40, 2000).Select(i => BenchHistory.For(i, 1000)).First(h => h.Events.Any(e => e is ClaimRetracted));
        var histories = Enumerable.Range(0, 40).Select(i => BenchHistory.For(i, 1000)).Append(retracted).ToArray();
        foreach (var kind in new[] { typeof(VerdictSentBack), typeof(CorrectionIssued), typeof(ClaimPublished), typeof(VerdictProposed) })
            histories.SelectMany(h => h.Events).ShouldContain(e => e.GetType() == kind);
        await using var app = await ClaimTrackApp.StartAsync(cluster, "bench_app");
        await using var bulk = await ClaimTrackApp.StartAsync(cluster, "bench_bulk");

        foreach (var (events, claim) in histories)
            for (var i = 0; i < events.Count; i++)
            {
                // One save per event, the way ClaimWriter saves a command (a command's events never depend on each other's).
                await using var session = app.Store.LightweightSession();
                if (i == 0) session.Events.StartStream<Claim>(claim.Id, events[0]);
                else (await session.Events.FetchForWriting<Claim>(claim.Id, i)).AppendOne(events[i]);
                await session.SaveChangesAsync();
            }
        await app.Store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        // The loader (ClaimTrack.Bench seed) runs without the daemon; this app started one, which would race the loader for the summaries.
        var daemon = bulk.Services.GetRequiredService<Marten.Events.Daemon.Coordination.IProjectionCoordinator>();
        await daemon.PauseAsync();
        (await BenchSeeder.RunAsync(bulk.Store, histories.Length, TextWriter.Null, (i, _) => histories[i])).ShouldBeTrue();
        await daemon.ResumeAsync();
        await bulk.Store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));

        foreach (var query in Comparisons)
        {
            var (expected, actual) = (await RowsAsync(app.Store, query), await RowsAsync(bulk.Store, query));
            // Row by row, so a failure shows where two long JSON documents part ways.
            for (var i = 0; i < Math.Min(expected.Count, actual.Count); i++) actual[i].ShouldBe(expected[i], query);
            actual.Count.ShouldBe(expected.Count, query);
        }
        (await RowsAsync(bulk.Store, "select count(*) from mt_doc_publishedclaim")).Single().ShouldNotBe("0");
    }

    [Fact]
    public async Task Loading_into_a_store_that_has_claims_is_refused()
    {
        await using var app = await ClaimTrackApp.StartAsync(cluster, "bench_twice");
        (await BenchSeeder.RunAsync(app.Store, 3, TextWriter.Null)).ShouldBeTrue();
        (await BenchSeeder.RunAsync(app.Store, 3, TextWriter.Null)).ShouldBeFalse();
    }

    /// <summary>
    /// Sequence numbers counted from the store's first event: PostgreSQL never gives a number back, so an append that was
    /// retried after a transient failure (Marten's retry policy, on a loaded machine) leaves a gap before the rest.
    /// </summary>
    private const string FirstSequence = "(select coalesce(min(seq_id), 1) - 1 from mt_events)";

    // Every column that means something; mt_last_modified and event timestamps record when, and VerdictUpdate's
    // mt_version is a random Guid per write, so those differ by nature.
    private static readonly string[] Comparisons =
    [
        "select id::text, type, version::text from mt_streams",
        $"select stream_id::text, version::text, (seq_id - {FirstSequence})::text, type, mt_dotnet_type, data::text from mt_events",
        .. new[] { "claim", "verdicttimeline", "publishedclaim" }.Select(t => $"select id::text, mt_version::text, mt_dotnet_type, data::text from mt_doc_{t}"),
        "select id::text, mt_dotnet_type, data::text from mt_doc_verdictupdate",
        .. new[] { "claimantsummary", "topicsummary" }.Select(t => $"select id, (mt_version - {FirstSequence})::text, mt_dotnet_type, data::text from mt_doc_{t}"),
        $"select name, (last_seq_id - {FirstSequence})::text from mt_event_progression where name not like 'HighWater%'",
        $"select (max(last_seq_id) - {FirstSequence})::text from mt_event_progression where name = 'HighWaterMark'",
        "select tablename, indexname, indexdef from pg_indexes where schemaname = 'public'",
        // Constraints, foreign keys included (the loader drops the events' key to their stream and adds it back), validated.
        "select conrelid::regclass::text, conname, pg_get_constraintdef(oid), convalidated::text from pg_constraint where connamespace = 'public'::regnamespace",
        // Duplicated fields (columns Marten fills from the document) and the search tables with their triggers.
        .. new[] { "claim", "publishedclaim" }.Select(t => $"select (to_jsonb(d) - 'mt_last_modified' - 'data')::text from mt_doc_{t} d"),
        "select id::text, terms::text, likeness from claim_search_terms",
        "select id::text, terms::text from published_claim_search_terms",
        "select tgname, obj_description(tgrelid, 'pg_class') from pg_trigger where not tgisinternal",
        "select relname, obj_description(oid, 'pg_class') from pg_class where relname like '%search_terms'",
    ];

    private static async Task<List<string>> RowsAsync(IDocumentStore store, string query)
    {
        await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(query, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : reader.GetValue(i).ToString())));
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
