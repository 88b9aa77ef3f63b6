using System.Collections.Concurrent;
using System.Diagnostics;
using Marten;
using Npgsql;

namespace ClaimTrack.Bench;

/// <summary>
/// Drops the document tables' secondary indexes and the events' foreign key before a bulk load and recreates them, from
/// their own definitions, afterwards: building an index or checking a key once over a million rows costs a fraction of
/// doing it row by row. The recreated indexes and keys are byte for byte the ones Marten created, so the app finds
/// nothing to migrate. Then it settles the loaded tables (statistics, and a vacuum where index-only scans need one).
/// </summary>
internal static class BenchIndexes
{
    public static async Task<IReadOnlyList<(string Name, string Definition)>> DropAsync(NpgsqlConnection connection, string schema)
    {
        var indexes = await ListAsync(connection,
            "select i.indexname, i.indexdef from pg_indexes i join pg_class c on c.relname = i.indexname " +
            "join pg_index x on x.indexrelid = c.oid where i.schemaname = $1 and i.tablename like 'mt_doc_%' and not x.indisprimary",
            schema, row => (row.GetString(0), row.GetString(1)));
        foreach (var (name, _) in indexes) await ExecuteAsync(connection, $"drop index {schema}.\"{name}\"");
        return indexes;
    }

    /// <summary>
    /// Drops the foreign keys of the events and document tables (the events' key to their stream), returning the jobs
    /// that add them back. Checked row by row, the key cost about a seventh of PostgreSQL's time during the load;
    /// added back afterwards, PostgreSQL checks it once for the whole table with a join.
    /// </summary>
    public static async Task<IReadOnlyList<(string Name, string Sql)>> DropForeignKeysAsync(NpgsqlConnection connection, IDocumentStore store)
    {
        var keys = await ListAsync(connection,
            "select k.conrelid::regclass::text, k.conname, pg_get_constraintdef(k.oid) from pg_constraint k " +
            "join pg_class t on t.oid = k.conrelid join pg_namespace n on n.oid = t.relnamespace " +
            "where k.contype = 'f' and n.nspname = any($1) and (t.relname like 'mt_doc_%' or t.relname = 'mt_events')",
            Schemas(store), row => (Table: row.GetString(0), Key: row.GetString(1), Definition: row.GetString(2)));
        foreach (var (table, key, _) in keys) await ExecuteAsync(connection, $"alter table {table} drop constraint \"{key}\"");
        return [.. keys.Select(k => ($"{k.Table} {k.Key}", $"alter table {k.Table} add constraint \"{k.Key}\" {k.Definition}"))];
    }

    /// <summary>
    /// Runs the rebuild jobs two at a time (a build uses one core), on connections of their own, longest first so the
    /// quick ones fill in around them; then settles the loaded tables, also two at a time.
    /// Returns each job's name and duration, slowest first.
    /// </summary>
    public static async Task<IReadOnlyList<(string Name, TimeSpan Took)>> RebuildAsync(
        IDocumentStore store, NpgsqlConnection connection, IEnumerable<(string Name, string Sql)> jobs)
    {
        var took = new ConcurrentBag<(string, TimeSpan)>();
        await RunTwoAtATimeAsync(store, jobs, took);
        // The tables the load filled: events, streams and documents.
        var loaded = await ListAsync(connection,
            "select schemaname || '.' || tablename from pg_tables where schemaname = any($1) " +
            "and (tablename like 'mt_doc_%' or tablename in ('mt_events', 'mt_streams'))",
            Schemas(store), row => row.GetString(0));
        await RunTwoAtATimeAsync(store, loaded.Select(t => (t, SettleSql(t))), took);
        return [.. took.OrderByDescending(t => t.Item2)];
    }

    /// <summary>
    /// Statistics for the planner on every table, after the indexes (expression indexes get statistics of their own).
    /// The tables the desk and the reader pages read also get a vacuum of their main heap (not their TOAST): it marks
    /// the pages all-visible, as autovacuum would in the hour after a real newsroom's writes, so counts by status come
    /// from the index alone; without it the desk's status count at 1,000,000 claims read the heap (p95 93 ms, not 40).
    /// The events' 9 GB heap is left to autovacuum: nothing reads it by an index-only scan.
    /// </summary>
    private static string SettleSql(string table) =>
        table.EndsWith(".mt_events", StringComparison.Ordinal) ? $"analyze {table}" : $"vacuum (analyze, process_toast false) {table}";

    /// <summary>The dropped indexes as rebuild jobs, GIN (the slow builds) first.</summary>
    public static IEnumerable<(string Name, string Sql)> AsJobs(IReadOnlyList<(string Name, string Definition)> indexes) =>
        indexes.OrderByDescending(i => i.Definition.Contains(" USING gin ", StringComparison.Ordinal));

    private static async Task RunTwoAtATimeAsync(IDocumentStore store, IEnumerable<(string Name, string Sql)> jobs, ConcurrentBag<(string, TimeSpan)> took)
    {
        var queue = new ConcurrentQueue<(string Name, string Sql)>(jobs);
        await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
            await connection.OpenAsync();
            // More memory per build keeps a GIN build in memory instead of spilling; it lasts for this connection only.
            await ExecuteAsync(connection, "set maintenance_work_mem = '1GB'");
            while (queue.TryDequeue(out var job))
            {
                var clock = Stopwatch.StartNew();
                await ExecuteAsync(connection, job.Sql);
                took.Add((job.Name, clock.Elapsed));
            }
        }));
    }

    // Documents and events may live in schemas of their own.
    private static string[] Schemas(IDocumentStore store) =>
        [.. new[] { store.Options.DatabaseSchemaName, store.Options.Events.DatabaseSchemaName }.Distinct()];

    private static async Task<List<T>> ListAsync<T>(NpgsqlConnection connection, string sql, object parameter, Func<NpgsqlDataReader, T> row)
    {
        var rows = new List<T>();
        await using var query = new NpgsqlCommand(sql, connection) { Parameters = { new() { Value = parameter } } };
        await using var reader = await query.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add(row(reader));
        return rows;
    }

    public static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
