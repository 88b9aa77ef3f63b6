using System.Diagnostics;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Claims.Timeline;
using ClaimTrack.Web.Infrastructure.Search;
using JasperFx.Events;
using Marten;
using Npgsql;

namespace ClaimTrack.Bench;

/// <summary>
/// Loads N generated claims for benchmarks (--seed-bench N) into an empty store. Histories come from the real decisions
/// (<see cref="BenchHistory"/>); events go in with Marten's COPY-based bulk append, and the documents the projections
/// would have written are computed in memory by the projections' own code and COPYed too. The result is the database
/// the app itself would have built, loaded about fifteen times faster than through sessions and inline projections.
/// </summary>
public static class BenchSeeder
{
    private const int ClaimsPerBatch = 5_000;

    private static readonly Type[] DocumentTypes =
        [typeof(Claim), typeof(VerdictTimeline), typeof(ReaderClaim), typeof(VerdictUpdate), typeof(ClaimantSummary), typeof(TopicSummary)];

    private sealed record Batch(List<StreamAction> Streams, BenchDocuments Documents);

    /// <summary>Returns false, having said why, when the store already holds claims.</summary>
    /// <param name="store"></param>
    /// <param name="count"></param>
    /// <param name="log"></param>
    /// <param name="history">Claim i of n's events and claim; <see cref="BenchHistory.For"/> unless a test supplies its own.</param>
    public static async Task<bool> RunAsync(IDocumentStore store, int count, TextWriter log, Func<int, int, (List<object> Events, Claim Claim)>? history = null)
    {
        history ??= BenchHistory.For;
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using (var existing = new NpgsqlCommand($"select exists (select 1 from {store.Options.Events.DatabaseSchemaName}.mt_streams)", connection))
            if ((bool)(await existing.ExecuteScalarAsync())!)
            {
                await log.WriteLineAsync("This data folder already holds claims: load a benchmark set into an empty one.");
                return false;
            }

        // The bulk append API needs the store's event registry, which only the concrete store exposes.
        var registry = ((DocumentStore)store).Events;
        var clock = Stopwatch.StartNew();
        // The bulk paths check the schema once per store (events) or per document type, and would put the dropped
        // indexes back at the first batch: have them check now, before the indexes go.
        await store.BulkInsertEventsAsync([]);
        foreach (var type in DocumentTypes) await store.Storage.Database.EnsureStorageExistsAsync(type);
        var indexes = await BenchIndexes.DropAsync(connection, store.Options.DatabaseSchemaName);
        var foreignKeys = await BenchIndexes.DropForeignKeysAsync(connection, store);
        // The search tables follow their documents through a trigger, row by row; built once at the end instead.
        foreach (var terms in SearchTables) await BenchIndexes.ExecuteAsync(connection, terms.DropSql());
        var summaries = new BenchSummaries();
        var copy = new BenchCopy(store);
        long events = 0, documents = 0;
        TimeSpan generating = default, appending = default, copying = default;
        // Generating the next batch (CPU) overlaps with copying this one (mostly PostgreSQL's work).
        var next = Task.Run(() => Generate(registry, history, 0, Math.Min(count, ClaimsPerBatch), count));
        for (var start = 0; start < count; start += ClaimsPerBatch)
        {
            var waited = Stopwatch.StartNew();
            var batch = await next;
            generating += waited.Elapsed;
            var following = start + ClaimsPerBatch;
            if (following < count) next = Task.Run(() => Generate(registry, history, following, Math.Min(count, following + ClaimsPerBatch), count));
            // Events (in two halves) and documents go down three connections at once: with one connection for all the
            // events, the documents' connection finished early in every batch and left a core idle. A small batch goes
            // in one piece: two halves take their sequence numbers in whichever order they reach PostgreSQL, and a small
            // load (the tests') should number its events as the app would, claim after claim.
            var half = batch.Streams.Count >= ClaimsPerBatch / 5 ? batch.Streams.Count / 2 : batch.Streams.Count;
            await Task.WhenAll(Timed(() => Task.WhenAll(
                    store.BulkInsertEventsAsync(batch.Streams[..half], batchSize: 50_000),
                    half < batch.Streams.Count ? store.BulkInsertEventsAsync(batch.Streams[half..], batchSize: 50_000) : Task.CompletedTask), t => appending += t),
                Timed(() => CopyDocumentsAsync(batch.Documents, copy, connection), t => copying += t));
            summaries.Apply(batch.Streams);
            events += batch.Streams.Sum(s => s.Events.Count);
            documents += batch.Documents.Count;
            var loaded = Math.Min(count, following);
            if (loaded % 50_000 == 0 || loaded == count)
                await log.WriteLineAsync($"{loaded} claims loaded, {loaded / clock.Elapsed.TotalSeconds:0} claims/s");
        }
        await summaries.StoreAsync(copy, connection);
        var loadSeconds = clock.Elapsed.TotalSeconds;
        // The search tables (a text-search parse of every document) are the longest job: it starts first, and the keys
        // and indexes fill in beside it. One job, the tables one after the other: each one's SQL also replaces the search
        // functions they share, and two sessions replacing one function at once fail ("tuple concurrently updated").
        (string, string) searchTables = (string.Join(" + ", SearchTables.Select(t => t.Table)), string.Join("\n", SearchTables.Select(t => t.CreateStampedSql())));
        var rebuilt = await BenchIndexes.RebuildAsync(store, connection,
            new[] { searchTables }.Concat(foreignKeys).Concat(BenchIndexes.AsJobs(indexes)));
        await log.WriteLineAsync("Slowest rebuild steps: " + string.Join(", ", rebuilt.Take(6).Select(r => $"{r.Name} {r.Took.TotalSeconds:0.0} s")));
        var total = clock.Elapsed.TotalSeconds;
        await log.WriteLineAsync(
            $"Loaded {count} claims ({events} events, {documents} projected documents) in {loadSeconds:0.0} s, then {indexes.Count} indexes, {foreignKeys.Count} foreign keys and the search tables in " +
            $"{total - loadSeconds:0.0} s: {count / total:0} claims/s in all ({count / loadSeconds:0} claims/s before indexing; waited " +
            $"{generating.TotalSeconds:0.0} s for generation, {appending.TotalSeconds:0.0} s appending events, {copying.TotalSeconds:0.0} s copying documents).");
        return true;
    }

    private static async Task CopyDocumentsAsync(BenchDocuments documents, BenchCopy copy, NpgsqlConnection connection)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        await documents.WriteAsync(copy, connection);
        await transaction.CommitAsync();
    }

    private static readonly SearchTerms[] SearchTables = [ClaimSearch.AllClaims, ClaimSearch.PublishedClaims];

    private static async Task Timed(Func<Task> work, Action<TimeSpan> add)
    {
        var clock = Stopwatch.StartNew();
        await work();
        add(clock.Elapsed);
    }

    private static Batch Generate(IEventRegistry registry, Func<int, int, (List<object> Events, Claim Claim)> history, int from, int to, int total)
    {
        var histories = new (List<object> Events, Claim Claim)[to - from];
        Parallel.For(from, to, i => histories[i - from] = history(i, total));
        var streams = new List<StreamAction>(histories.Length);
        var documents = new BenchDocuments();
        foreach (var (events, claim) in histories)
        {
            var stream = StreamAction.Start(registry, claim.Id, [.. events]);
            stream.AggregateType = typeof(Claim);
            streams.Add(stream);
            documents.Add(stream, claim);
        }
        return new Batch(streams, documents);
    }
}
