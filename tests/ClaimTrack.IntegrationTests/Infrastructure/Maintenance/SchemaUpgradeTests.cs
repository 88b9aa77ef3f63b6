using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Infrastructure.Maintenance;
using ClaimTrack.Web.Infrastructure.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Weasel.Core;

namespace ClaimTrack.IntegrationTests.Infrastructure.Maintenance;

public sealed class SchemaUpgradeTests(TestCluster cluster) : IAsyncLifetime
{
    private string _database = "";
    private ClaimTrackApp _app = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await cluster.CreateDatabaseAsync("schema-upgrade");
        _app = new ClaimTrackApp(_database);
        _ = _app.Services;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_schema_change_that_outlasts_the_connections_command_limit_still_completes()
    {
        // What an upgrade that adds a duplicated field meets on a big database: Marten rewrites every row of the table,
        // longer than the connection's command limit (here 1 s; the app's is 300 s). A trigger that sleeps 2 s a row
        // makes one claim's rewrite that long.
        await new ClaimStories(_app.Writer).RegisterAsync("Upgrade Person");
        await SqlAsync("""
            alter table mt_doc_claim drop column due_by;
            create function pg_temp_slow_rewrite() returns trigger language plpgsql as $$ begin perform pg_sleep(2); return new; end $$;
            create trigger slow_rewrite before update on mt_doc_claim for each row execute function pg_temp_slow_rewrite();
            """);
        var connections = new DedicatedConnections(new NpgsqlConnectionStringBuilder(_database) { CommandTimeout = 1 }.ConnectionString);

        await SchemaUpgrade.ApplyAsync(_app.Store, connections, NullLogger.Instance, TestContext.Current.CancellationToken);

        await SqlAsync("drop trigger slow_rewrite on mt_doc_claim; drop function pg_temp_slow_rewrite()");
        (await _app.Store.Storage.Database.CreateMigrationAsync()).Difference.ShouldBe(SchemaPatchDifference.None);
        (await SqlAsync("select count(*) from mt_doc_claim where due_by is null")).ShouldBe(1L); // the column is back, filled
    }

    [Fact]
    public async Task A_new_expression_index_on_a_settled_table_gets_its_statistics_at_the_upgrade()
    {
        // A table analyzed long ago, then an index over an expression: PostgreSQL has no statistics of its values until
        // the table's next ANALYZE, and estimates 10 rows for whatever the index serves.
        await SqlAsync("""
            create table settled_names as select 'Name ' || n as name from generate_series(1, 2000) n;
            analyze settled_names;
            create index settled_names_folded on settled_names (lower(name));
            """);
        (await SqlAsync("select count(*) from pg_stats where tablename = 'settled_names_folded'")).ShouldBe(0L);

        await SchemaUpgrade.ApplyAsync(_app.Store, new DedicatedConnections(_database), NullLogger.Instance, TestContext.Current.CancellationToken);

        (await SqlAsync("select count(*) from pg_stats where tablename = 'settled_names_folded'")).ShouldBe(1L);
    }

    private async Task<object?> SqlAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
