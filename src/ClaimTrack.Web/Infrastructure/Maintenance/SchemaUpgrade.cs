using ClaimTrack.Web.Infrastructure.Nodes;
using JasperFx;
using Marten;
using Npgsql;
using Weasel.Core;
using Weasel.Core.Migrations;

namespace ClaimTrack.Web.Infrastructure.Maintenance;

/// <summary>
/// Brings the database schema up to the code's, as Marten's own start-up step would, but on a connection of its own
/// with no command time limit. A new duplicated field rewrites every row of its document table in one transaction: for
/// 1,000,000 claims (4.5 GB) that outran the connection's 300 s limit, the transaction rolled back, and every later
/// start failed the same way. Marten has no setting for its migration's command time; its migrator takes a connection.
/// </summary>
public static class SchemaUpgrade
{
    public static async Task ApplyAsync(IDocumentStore store, DedicatedConnections connections, ILogger log, CancellationToken ct)
    {
        var migration = await store.Storage.Database.CreateMigrationAsync(ct);
        await using var connection = await connections.OpenAsync("schema upgrade", ct, commandTimeout: 0);
        if (migration.Difference != SchemaPatchDifference.None)
        {
            log.LogInformation("Bringing the database schema up to date (minutes on a large database when a table is rewritten)...");
            await store.Storage.Database.Migrator.ApplyAllAsync(connection, migration, AutoCreate.CreateOrUpdate, new DefaultMigrationLogger(TextWriter.Null), ct);
            log.LogInformation("The database schema is up to date.");
        }
        await AnalyzeNewExpressionIndexesAsync(connection, store.Options.DatabaseSchemaName, log, ct);
    }

    /// <summary>
    /// PostgreSQL keeps statistics of an expression index's values only from the table's next ANALYZE, and autovacuum
    /// analyzes a table once a tenth of it has changed: an index a migration adds to a settled table can go weeks without
    /// them. Meanwhile the planner guesses 10 matches for anything the index serves and picks plans for 10 rows (the desk's
    /// claimant filter took 14 ms instead of 5 so). Each table whose expression index has no statistics is analyzed here,
    /// a bounded sample of its rows; a normal start finds none and reads only the catalog.
    /// </summary>
    public static async Task AnalyzeNewExpressionIndexesAsync(NpgsqlConnection connection, string schema, ILogger log, CancellationToken ct)
    {
        var tables = new List<string>();
        await using (var query = new NpgsqlCommand(
            """
            select distinct format('%I.%I', n.nspname, t.relname)
            from pg_index i join pg_class t on t.oid = i.indrelid join pg_namespace n on n.oid = t.relnamespace
                join pg_class x on x.oid = i.indexrelid
            where n.nspname = $1 and i.indexprs is not null and t.reltuples > 0
                and not exists (select 1 from pg_stats s where s.schemaname = n.nspname and s.tablename = x.relname)
            """, connection)
        { Parameters = { new() { Value = schema } } })
        await using (var reader = await query.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) tables.Add(reader.GetString(0));
        foreach (var table in tables)
        {
            log.LogInformation("Reading statistics of {Table} for its new index...", table);
            await using var analyze = new NpgsqlCommand($"analyze {table}", connection);
            await analyze.ExecuteNonQueryAsync(ct);
        }
    }
}

/// <summary>Runs <see cref="SchemaUpgrade"/> at start-up: after the start-up lock is held, before Marten's own schema step.</summary>
internal sealed class SchemaUpgradeAtStart(IDocumentStore store, DedicatedConnections connections, ILogger<SchemaUpgradeAtStart> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => SchemaUpgrade.ApplyAsync(store, connections, log, cancellationToken);
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
