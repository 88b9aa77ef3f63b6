using Marten;
using Npgsql;

namespace ClaimTrack.Web.Infrastructure.Search;

/// <summary>
/// Fills and indexes a search table that Marten's migration has just (re)created empty: at start-up, right after the
/// migration and still under the start-up lock, so a second node waits and readers never search a half-filled table.
/// A table whose index exists is complete (the index is made last), so a normal start costs one catalogue lookup.
/// </summary>
public sealed class SearchTermsFill(IDocumentStore store, ILogger<SearchTermsFill> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => FillAsync(store, logger, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>For every host of the store (the app, the operator's rebuild, the bench) after its schema step.</summary>
    public static async Task FillAsync(IDocumentStore store, ILogger logger, CancellationToken ct)
    {
        var tables = store.Storage.Database.AllObjects().OfType<SearchTermsSchema>().Select(schema => schema.Terms).ToList();
        await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        foreach (var terms in tables)
        {
            await using var check = new NpgsqlCommand("select to_regclass($1) is null", connection) { Parameters = { new() { Value = $"{terms.Schema}.{terms.IndexName}" } } };
            if (await check.ExecuteScalarAsync(ct) is not true) continue;
            logger.LogInformation("Filling the search table {Table} from the documents (minutes for a large archive)...", terms.Table);
            // No time limit: the fill grows with the archive, and a start that gives up half-way helps no one.
            await using var fill = new NpgsqlCommand(terms.FillMissingSql, connection) { CommandTimeout = 0 };
            await fill.ExecuteNonQueryAsync(ct);
            logger.LogInformation("The search table {Table} is filled and indexed.", terms.Table);
        }
    }
}
