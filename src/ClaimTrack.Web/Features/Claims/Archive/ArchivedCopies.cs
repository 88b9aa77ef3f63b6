using Marten;
using Npgsql;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace ClaimTrack.Web.Features.Claims.Archive;

/// <summary>
/// The kept bytes of each source, one row per piece of evidence, in a bytea table beside the documents. Not a Marten
/// document: JSON would carry the bytes as base64 (a third larger) and every read of the small <see cref="EvidenceSource"/>
/// (the claim page, the desk grid's filter) would unpack megabytes. PostgreSQL keeps a large bytea compressed out of line
/// (TOAST), and only the reader's archive address reads it. Created by Marten's migration as an extended schema object.
/// </summary>
public static class ArchivedCopies
{
    public const string Name = "ct_archived_copies";

    public static Table Table(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, Name, SchemaUtils.IdentifierUsage.General));
        table.AddColumn<Guid>("evidence_id").AsPrimaryKey();
        table.AddColumn("body", "bytea").NotNull();
        table.AddColumn("content_type", "text").NotNull();
        table.AddColumn("sha256", "text").NotNull();
        table.AddColumn("fetched_at", "timestamptz").NotNull();
        return table;
    }

    /// <summary>Queues the copy's bytes with the session: they commit with the <see cref="EvidenceSource"/> that describes them.</summary>
    public static void Keep(IDocumentSession session, Guid evidenceId, byte[] body, SourceCopy copy) =>
        session.QueueSqlCommand(
            $"insert into {session.DocumentStore.Options.DatabaseSchemaName}.{Name} (evidence_id, body, content_type, sha256, fetched_at) " +
            "values (?, ?, ?, ?, ?) on conflict (evidence_id) do update set body = excluded.body, content_type = excluded.content_type, " +
            "sha256 = excluded.sha256, fetched_at = excluded.fetched_at",
            evidenceId, body, copy.ContentType, copy.Sha256, copy.FetchedAt);

    /// <returns>The kept bytes with their type and hash, or null when none are.</returns>
    public static async Task<StoredCopy?> ReadAsync(IDocumentStore store, Guid evidenceId, CancellationToken ct)
    {
        await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var query = new NpgsqlCommand(
            $"select body, content_type, sha256 from {store.Options.DatabaseSchemaName}.{Name} where evidence_id = $1", connection)
        { Parameters = { new() { Value = evidenceId } } };
        await using var reader = await query.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new StoredCopy(reader.GetFieldValue<byte[]>(0), reader.GetString(1), reader.GetString(2)) : null;
    }
}

public sealed record StoredCopy(byte[] Body, string ContentType, string Sha256);
