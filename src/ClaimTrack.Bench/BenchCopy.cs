using System.Globalization;
using System.Reflection;
using Marten;
using Marten.Linq.Members;
using Npgsql;
using NpgsqlTypes;

namespace ClaimTrack.Bench;

/// <summary>
/// Binary COPY of projected documents with the revision Marten would have given them. Marten's own bulk insert writes
/// revision 1 for every new document, while an inline projection's document carries its stream's version (and a
/// summary the sequence of the last event it applied), which optimistic concurrency on the desk relies on.
/// </summary>
internal sealed class BenchCopy(IDocumentStore store)
{
    // The columns Marten gives every document; duplicated fields are read from the mapping, anything else needs teaching here.
    private static readonly string[] KnownColumns = ["id", "data", "mt_last_modified", "mt_version", "mt_dotnet_type"];
    private readonly Dictionary<Type, (string Table, IReadOnlyList<DuplicatedField> Duplicates)> _checked = [];

    public string EventSchema => store.Options.Events.DatabaseSchemaName;

    /// <param name="connection"></param>
    /// <param name="documents">One type's documents, with the revision each should carry (a number, or a Guid).</param>
    /// <param name="id"></param>
    public async Task WriteAsync<T>(NpgsqlConnection connection, IReadOnlyCollection<(T Document, object Revision)> documents, Func<T, object> id)
        where T : notnull
    {
        if (documents.Count == 0) return;
        var (table, duplicates) = await TableAsync(connection, typeof(T));
        var serializer = store.Options.Serializer();
        var columns = string.Concat(duplicates.Select(d => $", {d.ColumnName}"));
        await using var writer = await connection.BeginBinaryImportAsync($"copy {table} (id, data, mt_version, mt_dotnet_type{columns}) from stdin binary");
        var typeName = typeof(T).FullName!;
        foreach (var (document, revision) in documents)
        {
            await writer.StartRowAsync();
            await writer.WriteAsync(id(document));
            await writer.WriteAsync(serializer.ToJson(document), NpgsqlDbType.Jsonb);
            await writer.WriteAsync(revision);
            await writer.WriteAsync(typeName, NpgsqlDbType.Varchar);
            foreach (var duplicate in duplicates) await WriteDuplicateAsync(writer, duplicate, document);
        }
        await writer.CompleteAsync();
    }

    /// <summary>The value Marten's upsert would put in a duplicated column: the member's value, enums as numbers, times in UTC.</summary>
    private static async Task WriteDuplicateAsync(NpgsqlBinaryImporter writer, DuplicatedField field, object document)
    {
        object? value = document;
        foreach (var member in field.Members)
            value = value is null ? null : member is PropertyInfo p ? p.GetValue(value) : ((FieldInfo)member).GetValue(value);
        value = value switch
        {
            null => null,
            Enum e when field.DbType == NpgsqlDbType.Integer => Convert.ToInt32(e, CultureInfo.InvariantCulture),
            Enum e => e.ToString(),
            DateTimeOffset t => t.ToUniversalTime(),
            _ => value,
        };
        if (value is null) await writer.WriteNullAsync();
        else await writer.WriteAsync(value, field.DbType);
    }

    private async Task<(string, IReadOnlyList<DuplicatedField>)> TableAsync(NpgsqlConnection connection, Type type)
    {
        if (_checked.TryGetValue(type, out var known)) return known;
        var mapping = store.Options.FindOrResolveDocumentType(type);
        var duplicates = mapping.DuplicatedFields;
        // The mapping's own name: a document may keep an older alias (ReaderClaim's table is mt_doc_publishedclaim).
        var name = mapping.TableName.Name;
        await using var columns = new NpgsqlCommand(
            "select column_name from information_schema.columns where table_schema = $1 and table_name = $2 and is_generated = 'NEVER'", connection)
        { Parameters = { new() { Value = store.Options.DatabaseSchemaName }, new() { Value = name } } };
        await using (var reader = await columns.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                if (!KnownColumns.Contains(reader.GetString(0)) && !duplicates.Any(d => d.ColumnName == reader.GetString(0)))
                    throw new InvalidOperationException(
                        $"{name} has a column the benchmark loader does not fill ({reader.GetString(0)}): teach BenchCopy to write it.");
        return _checked[type] = ($"{store.Options.DatabaseSchemaName}.{name}", duplicates);
    }
}
