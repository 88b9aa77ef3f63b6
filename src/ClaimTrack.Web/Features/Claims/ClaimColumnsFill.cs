using ClaimTrack.Web.Features.Claims.ReadModels;
using Marten;
using Npgsql;

namespace ClaimTrack.Web.Features.Claims;

/// <summary>
/// Gives the claims saved before a computed column existed their value, once, at start-up after the schema step and
/// under the start-up lock. Marten fills a new duplicated column from the stored JSON, which never held a computed
/// property, so those rows keep a null until the claim is next saved: the claimant filter would not find them, and a
/// sort by statement would put them all together. Each column is filled once: a comment on it says so, and a normal
/// start reads only that comment, not the table.
/// </summary>
public sealed class ClaimColumnsFill(IDocumentStore store, ILogger<ClaimColumnsFill> logger) : IHostedService
{
    public const string FilledMark = "filled by ClaimTrack";

    public Task StartAsync(CancellationToken cancellationToken) => FillAsync(store, logger, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static async Task FillAsync(IDocumentStore store, ILogger logger, CancellationToken ct)
    {
        var table = $"{store.Options.DatabaseSchemaName}.{ClaimSearch.AllClaims.DocumentTable}";
        await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        if (await FilledAsync(connection, table, "claimant_key", ct) is false)
        {
            var filled = await FillClaimantKeysAsync(connection, table, ct);
            await MarkAsync(connection, table, "claimant_key", ct);
            if (filled > 0) logger.LogInformation("Gave {Count} claims their claimant's folded name for the desk's claimant filter.", filled);
        }
        if (await FilledAsync(connection, table, "statement_start", ct) is false)
        {
            // PostgreSQL's left() counts characters where Claim.StatementStart counts UTF-16 units; they differ only past an
            // emoji or another letter beyond the first plane, and only in how far a sort key reaches.
            var filled = await RunAsync(connection, $"update {table} set statement_start = left(data ->> 'Statement', {ClaimSortColumns.StatementChars}) where statement_start is null", ct);
            await MarkAsync(connection, table, "statement_start", ct);
            if (filled > 0) logger.LogInformation("Gave {Count} claims the start of their statement for the desk's sort.", filled);
        }
    }

    /// <summary>Null when the table or column is not there (nothing to fill), else whether it was filled already.</summary>
    private static async Task<bool?> FilledAsync(NpgsqlConnection connection, string table, string column, CancellationToken ct)
    {
        await using var query = new NpgsqlCommand(
            "select col_description(c.attrelid, c.attnum) from pg_attribute c where c.attrelid = to_regclass($1) and c.attname = $2 and not c.attisdropped",
            connection)
        { Parameters = { new() { Value = table }, new() { Value = column } } };
        await using var reader = await query.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        return !reader.IsDBNull(0) && reader.GetString(0) == FilledMark;
    }

    // The key depends on the name alone, and there are far fewer claimants than claims: each distinct name is folded
    // here, by the same code that folds what is saved and typed, and written to all its claims in one statement. A claim
    // saved meanwhile has its key already and is left alone.
    private static async Task<int> FillClaimantKeysAsync(NpgsqlConnection connection, string table, CancellationToken ct)
    {
        var names = new List<string>();
        await using (var query = new NpgsqlCommand($"select distinct claimant_name from {table} where claimant_key is null and claimant_name is not null", connection) { CommandTimeout = 0 })
        await using (var reader = await query.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) names.Add(reader.GetString(0));
        if (names.Count == 0) return 0;
        await using var update = new NpgsqlCommand(
            $"update {table} d set claimant_key = k.key from unnest($1::text[], $2::text[]) as k(name, key) where d.claimant_name = k.name and d.claimant_key is null",
            connection)
        { CommandTimeout = 0, Parameters = { new() { Value = names.ToArray() }, new() { Value = names.Select(ClaimantFilter.Fold).ToArray() } } };
        return await update.ExecuteNonQueryAsync(ct);
    }

    private static async Task<int> RunAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        return await command.ExecuteNonQueryAsync(ct);
    }

    private static Task<int> MarkAsync(NpgsqlConnection connection, string table, string column, CancellationToken ct) =>
        RunAsync(connection, $"comment on column {table}.{column} is '{FilledMark}'", ct);
}
