using System.Collections.Concurrent;
using Marten;
using Npgsql;

namespace ClaimTrack.Web.Infrastructure.Bench;

/// <summary>
/// Drops the document tables' secondary indexes before a bulk load and recreates them, from their own definitions,
/// afterwards: building a full-text or GIN index once over a million rows costs a fraction of updating it row by row.
/// The recreated indexes are byte for byte the ones Marten created, so the app finds nothing to migrate.
/// </summary>
internal static class BenchIndexes
{
    public static async Task<IReadOnlyList<(string Name, string Definition)>> DropAsync(NpgsqlConnection connection, string schema)
    {
        var indexes = new List<(string, string)>();
        await using (var query = new NpgsqlCommand(
            "select i.indexname, i.indexdef from pg_indexes i join pg_class c on c.relname = i.indexname " +
            "join pg_index x on x.indexrelid = c.oid where i.schemaname = $1 and i.tablename like 'mt_doc_%' and not x.indisprimary",
            connection) { Parameters = { new() { Value = schema } } })
        await using (var reader = await query.ExecuteReaderAsync())
            while (await reader.ReadAsync()) indexes.Add((reader.GetString(0), reader.GetString(1)));
        foreach (var (name, _) in indexes)
        {
            await using var drop = new NpgsqlCommand($"drop index {schema}.\"{name}\"", connection);
            await drop.ExecuteNonQueryAsync();
        }
        return indexes;
    }

    /// <summary>Builds the indexes two at a time (a GIN build uses one core), on connections of their own.</summary>
    public static async Task RecreateAsync(IDocumentStore store, IReadOnlyList<(string Name, string Definition)> indexes)
    {
        // The slow GIN builds first, so the quick btrees fill in around them.
        var queue = new ConcurrentQueue<(string Name, string Definition)>(indexes.OrderByDescending(i => i.Definition.Contains(" USING gin ", StringComparison.Ordinal)));
        await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
            await connection.OpenAsync();
            // More memory per build keeps a GIN build in memory instead of spilling; it lasts for this connection only.
            await using (var settings = new NpgsqlCommand("set maintenance_work_mem = '1GB'", connection))
                await settings.ExecuteNonQueryAsync();
            while (queue.TryDequeue(out var index))
            {
                await using var create = new NpgsqlCommand(index.Definition, connection) { CommandTimeout = 0 };
                await create.ExecuteNonQueryAsync();
            }
        }));
        await using var analyze = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await analyze.OpenAsync();
        await using var command = new NpgsqlCommand("analyze", analyze) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
