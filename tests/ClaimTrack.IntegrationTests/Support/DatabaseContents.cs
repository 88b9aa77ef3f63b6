using Npgsql;

namespace ClaimTrack.IntegrationTests.Support;

/// <summary>
/// What a database holds, table by table, as the text of each row in order: two databases (or one, before and after)
/// compare equal when they hold the same rows.
/// </summary>
public static class DatabaseContents
{
    /// <summary>Every table and sequence of the public schema: documents, events, streams, progress, accounts, keys.</summary>
    public static async Task<SortedDictionary<string, string[]>> AllAsync(string connectionString)
    {
        var tables = await ColumnAsync(connectionString,
            "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'");
        var sequences = await ColumnAsync(connectionString,
            "select sequence_name from information_schema.sequences where sequence_schema = 'public'");
        var contents = await OfAsync(connectionString, tables.Select(table => (table, "t")));
        foreach (var sequence in sequences)
            contents[$"sequence {sequence}"] = await ColumnAsync(connectionString, $"select last_value || ' ' || is_called from public.\"{sequence}\"");
        return contents;
    }

    /// <param name="connectionString">The database.</param>
    /// <param name="tables">Each table with the columns compared ("t" for the whole row; "id, data" for a document's id and JSON).</param>
    public static async Task<SortedDictionary<string, string[]>> OfAsync(string connectionString, IEnumerable<(string Table, string Columns)> tables)
    {
        var contents = new SortedDictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (table, columns) in tables)
        {
            var row = columns == "t" ? "t::text" : $"row({columns})::text";
            contents[table] = await ColumnAsync(connectionString, $"select {row} from public.\"{table}\" t order by 1");
        }
        return contents;
    }

    public static async Task<string[]> ColumnAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync()) values.Add(reader.IsDBNull(0) ? "null" : reader.GetValue(0).ToString()!);
        return [.. values];
    }

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
