using Marten;
using Npgsql;
using NpgsqlTypes;

namespace ClaimTrack.Web.Infrastructure.Bench;

/// <summary>
/// Binary COPY of projected documents with the revision Marten would have given them. Marten's own bulk insert writes
/// revision 1 for every new document, while an inline projection's document carries its stream's version (and a
/// summary the sequence of the last event it applied), which optimistic concurrency on the desk relies on.
/// </summary>
internal sealed class BenchCopy(IDocumentStore store)
{
    // The columns Marten gives these documents today; anything else (a duplicated field, say) needs teaching here.
    private static readonly string[] KnownColumns = ["id", "data", "mt_last_modified", "mt_version", "mt_dotnet_type"];
    private readonly Dictionary<Type, string> _checked = [];

    public string EventSchema => store.Options.Events.DatabaseSchemaName;

    /// <param name="documents">One type's documents, with the revision each should carry (a number, or a Guid).</param>
    public async Task WriteAsync<T>(NpgsqlConnection connection, IReadOnlyCollection<(T Document, object Revision)> documents, Func<T, object> id)
        where T : notnull
    {
        if (documents.Count == 0) return;
        var table = await TableAsync(connection, typeof(T));
        var serializer = store.Options.Serializer();
        await using var writer = await connection.BeginBinaryImportAsync($"copy {table} (id, data, mt_version, mt_dotnet_type) from stdin binary");
        var typeName = typeof(T).FullName!;
        foreach (var (document, revision) in documents)
        {
            await writer.StartRowAsync();
            await writer.WriteAsync(id(document));
            await writer.WriteAsync(serializer.ToJson(document), NpgsqlDbType.Jsonb);
            await writer.WriteAsync(revision);
            await writer.WriteAsync(typeName, NpgsqlDbType.Varchar);
        }
        await writer.CompleteAsync();
    }

    private async Task<string> TableAsync(NpgsqlConnection connection, Type type)
    {
        if (_checked.TryGetValue(type, out var table)) return table;
        var name = $"mt_doc_{type.Name.ToLowerInvariant()}";
        await using var columns = new NpgsqlCommand(
            "select column_name from information_schema.columns where table_schema = $1 and table_name = $2 and is_generated = 'NEVER'", connection)
        { Parameters = { new() { Value = store.Options.DatabaseSchemaName }, new() { Value = name } } };
        await using (var reader = await columns.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                if (!KnownColumns.Contains(reader.GetString(0)))
                    throw new InvalidOperationException(
                        $"{name} has a column the benchmark loader does not fill ({reader.GetString(0)}): teach BenchCopy to write it.");
        return _checked[type] = $"{store.Options.DatabaseSchemaName}.{name}";
    }
}
