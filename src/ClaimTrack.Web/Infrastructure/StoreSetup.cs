using ClaimTrack.Web.Infrastructure.Maintenance;
using ClaimTrack.Web.Infrastructure.Nodes;
using ClaimTrack.Web.Infrastructure.Observability;
using ClaimTrack.Web.Infrastructure.Postgres;
using ClaimTrack.Web.Infrastructure.Search;
using JasperFx;
using JasperFx.Events.Daemon;
using Marten;
using Polly;
using Weasel.Core;

namespace ClaimTrack.Web.Infrastructure;

public static class StoreSetup
{
    public const string ConnectionStringName = "ClaimTrack";

    /// <summary>
    /// Marten over the configured PostgreSQL server or, when none is configured, over a cluster the app owns.
    /// The cluster starts before the host is built because Marten needs its connection string to configure itself.
    /// Any host builder: the web app and the benchmark loader (a console host) open the same store.
    /// </summary>
    public static async Task<TBuilder> AddClaimTrackStoreAsync<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var options = builder.Configuration.GetSection(EmbeddedPostgresOptions.Section).Get<EmbeddedPostgresOptions>() ?? new();
            using var loggers = LoggerFactory.Create(logging => logging.AddConsole());
            var cluster = await EmbeddedPostgres.StartAsync(options, loggers.CreateLogger<EmbeddedPostgres>());
            builder.Services.AddSingleton(cluster);
            // For Program: a start that fails after this point (a taken port, a bad setting) stops the cluster too.
            builder.Properties[typeof(EmbeddedPostgres)] = cluster;
            // Registered before Marten's own services so that, stopping in reverse order, the cluster stops last.
            builder.Services.AddHostedService<EmbeddedPostgresLifetime>();
            connectionString = cluster.ConnectionString;
        }

        // First of the hosted services' hooks: schema, demo newsroom and first accounts wait until no other node is starting.
        builder.Services.AddSingleton(new DedicatedConnections(connectionString));
        builder.Services.AddSingleton<AdvisoryLocks>();
        builder.Services.AddHostedService<StartupLock>();
        builder.Services.AddHostedService<SchemaUpgradeAtStart>();
        // Failed commands logged without their parameter values (documents and events hold personal data).
        builder.Services.AddSingleton<IConfigureMarten, MartenFailureLog>();
        var readRetry = builder.Configuration.GetSection(ReadRetryOptions.Section).Get<ReadRetryOptions>() ?? new();
        builder.Services.AddMarten(opts =>
            {
                opts.Connection(connectionString);
                opts.ConfigurePolly(polly => polly.AddRetry(ReadRetry.For(readRetry)));
                opts.UseSystemTextJsonForSerialization(EnumStorage.AsString);
                opts.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
            })
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup()
            // One node runs each async projection (the leader, by a PostgreSQL advisory lock); another takes over when it stops.
            .AddAsyncDaemon(DaemonMode.HotCold);
        // Which typed searches are common, as last judged: each node's own copy of statistics (SearchVerdicts).
        builder.Services.AddSingleton<SearchVerdicts>();
        // After Marten's schema step (its hosted service was registered by AddMarten), before anything reads the tables.
        builder.Services.AddHostedService<SearchTermsFill>();
        return builder;
    }
}

/// <summary>Stops the app's own PostgreSQL cluster when the app shuts down.</summary>
internal sealed class EmbeddedPostgresLifetime(EmbeddedPostgres cluster) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => cluster.StopAsync(cancellationToken);
}
