using ClaimTrack.Web.Features.Claims.ReadModels;
using Marten;
using Npgsql;

namespace ClaimTrack.Web.Features.Public.OpenData;

/// <summary>
/// Gives the reader documents saved before <see cref="ReaderClaim.RecordChangedAt"/> existed their value, at start-up
/// after the schema step and under the start-up lock. Without it those claims have no time in the database: the DataFeed
/// and the API's updatedSince would never list them as changed, and a full read of the feed would lose them past its
/// first page. The value is the JSON of the later of the document's own two times, so it is what the projection writes.
/// A normal start finds nothing to do through the field's own index (its nulls are indexed).
/// </summary>
internal sealed class RecordTimesFill(IDocumentStore store, ILogger<RecordTimesFill> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => FillAsync(store, logger, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static async Task<int> FillAsync(IDocumentStore store, ILogger logger, CancellationToken ct)
    {
        var schema = store.Options.DatabaseSchemaName;
        string Time(string field) => $"{schema}.mt_immutable_timestamptz(data ->> '{field}')";
        const string record = nameof(ReaderClaim.RecordChangedAt), modified = nameof(ReaderClaim.LastModifiedAt), translated = nameof(ReaderClaim.TranslationsChangedAt);
        var sql = $"""
            update {schema}.{ReaderClaim.Table} set data = data || jsonb_build_object('{record}',
                case when {Time(translated)} > {Time(modified)} then data -> '{translated}' else data -> '{modified}' end)
            where {Time(record)} is null
            """;
        await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using (var exists = new NpgsqlCommand("select to_regclass($1) is not null", connection) { Parameters = { new() { Value = $"{schema}.{ReaderClaim.Table}" } } })
            if (await exists.ExecuteScalarAsync(ct) is not true) return 0;
        // No time limit: on the first start after the upgrade every published claim is rewritten once.
        await using var fill = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        var filled = await fill.ExecuteNonQueryAsync(ct);
        if (filled > 0) logger.LogInformation("Gave {Count} published claims the time their public record last changed.", filled);
        return filled;
    }
}
