using System.Linq.Expressions;
using Marten;
using Marten.Linq;
using Npgsql;

namespace ClaimTrack.IntegrationTests.Support;

public static class QueryPlans
{
    /// <summary>
    /// The plan PostgreSQL makes for Marten's own SQL when a sequential scan is off the table: an expression that does not
    /// match an index's shows a scan of the table (or another index) instead.
    /// </summary>
    public static async Task<string> PlanAsync<T>(ClaimTrackApp app, Expression<Func<T, bool>> filter) where T : notnull
    {
        await using var session = app.Store.QuerySession();
        return await PlanAsync(app, session.Query<T>().Where(filter).ToCommand(FetchType.Count), seqScanOff: true);
    }

    /// <summary>The plan for a query as the app sends it; with <paramref name="seqScanOff"/> false, the planner's own choice.</summary>
    public static async Task<string> PlanAsync(ClaimTrackApp app, NpgsqlCommand command, bool seqScanOff)
    {
        await using var connection = (NpgsqlConnection)app.Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        if (seqScanOff)
            await using (var off = new NpgsqlCommand("set local enable_seqscan = off", connection, transaction)) await off.ExecuteNonQueryAsync();
        await using var explain = new NpgsqlCommand("explain " + command.CommandText, connection, transaction);
        foreach (NpgsqlParameter parameter in command.Parameters) explain.Parameters.Add(parameter.Clone());
        var plan = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync()) plan.Add(reader.GetString(0));
        return string.Join("\n", plan);
    }
}
