using ClaimTrack.Web.Infrastructure.Nodes;
using JasperFx;
using Marten;
using Weasel.Core;
using Weasel.Core.Migrations;

namespace ClaimTrack.Web.Infrastructure.Maintenance;

/// <summary>
/// Brings the database schema up to the code's, as Marten's own start-up step would, but on a connection of its own
/// with no command time limit. A new duplicated field rewrites every row of its document table in one transaction: for
/// 1,000,000 claims (4.5 GB) that outran the connection's 300 s limit, the transaction rolled back, and every later
/// start failed the same way. Marten has no setting for its migration's command time; its migrator takes a connection.
/// </summary>
public static class SchemaUpgrade
{
    public static async Task ApplyAsync(IDocumentStore store, DedicatedConnections connections, ILogger log, CancellationToken ct)
    {
        var migration = await store.Storage.Database.CreateMigrationAsync(ct);
        if (migration.Difference == SchemaPatchDifference.None) return;
        log.LogInformation("Bringing the database schema up to date (minutes on a large database when a table is rewritten)...");
        await using var connection = await connections.OpenAsync("schema upgrade", ct, commandTimeout: 0);
        await store.Storage.Database.Migrator.ApplyAllAsync(connection, migration, AutoCreate.CreateOrUpdate, new DefaultMigrationLogger(TextWriter.Null), ct);
        log.LogInformation("The database schema is up to date.");
    }
}

/// <summary>Runs <see cref="SchemaUpgrade"/> at start-up: after the start-up lock is held, before Marten's own schema step.</summary>
internal sealed class SchemaUpgradeAtStart(IDocumentStore store, DedicatedConnections connections, ILogger<SchemaUpgradeAtStart> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => SchemaUpgrade.ApplyAsync(store, connections, log, cancellationToken);
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
