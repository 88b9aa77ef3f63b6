using System.Diagnostics.Metrics;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Infrastructure.Observability;

/// <summary>How many committed events each asynchronous projection has still to process.</summary>
public static class ProjectionLag
{
    /// <summary>
    /// Lag against the last committed event, not the daemon's high-water mark: when no node runs the daemon the mark
    /// stops too, and a lag measured against it would read zero while events pile up.
    /// </summary>
    public static IReadOnlyList<(string Projection, long Events)> Of(IEnumerable<(string Shard, long Sequence)> progress, long lastEvent) =>
        progress.Where(p => p.Shard != ShardState.HighWaterMark)
            .Select(p => (p.Shard, Math.Max(0, lastEvent - p.Sequence)))
            .OrderBy(p => p.Shard, StringComparer.Ordinal)
            .ToList();
}

/// <summary>
/// Reads the projections' progress (mt_event_progression) and the last committed event every few seconds, off the
/// scrape's path: a scrape never waits on the database, and a database that does not answer leaves the gauge empty.
/// Every node reports the same figures, whichever node runs the daemon.
/// </summary>
internal sealed class ProjectionLagWatch : BackgroundService
{
    private readonly IDocumentStore _store;
    private readonly TimeSpan _interval;
    private readonly ILogger<ProjectionLagWatch> _log;
    private volatile IReadOnlyList<(string Projection, long Events)> _latest = [];

    public ProjectionLagWatch(IDocumentStore store, IMeterFactory meters, IOptions<MetricsOptions> options, ILogger<ProjectionLagWatch> log)
    {
        _store = store;
        _log = log;
        _interval = options.Value.ProjectionLagInterval();
        meters.Create(NewsroomMetrics.MeterName).CreateObservableGauge("claimtrack.projection.lag",
            () => _latest.Select(p => new Measurement<long>(p.Events, new KeyValuePair<string, object?>("projection", p.Projection))),
            "{event}", "Committed events an asynchronous projection has not yet processed.");
    }

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(_interval);
        do
        {
            try { _latest = await ReadAsync(stopping); }
            catch (Exception problem) when (problem is not OperationCanceledException)
            {
                _latest = [];
                _log.LogDebug(problem, "Projection lag not read this time");
            }
        }
        while (await timer.WaitForNextTickAsync(stopping));
    }

    private async Task<IReadOnlyList<(string Projection, long Events)>> ReadAsync(CancellationToken cancellation)
    {
        var progress = await _store.Advanced.AllProjectionProgress(token: cancellation);
        await using var session = _store.QuerySession();
        var events = $"{_store.Options.Events.DatabaseSchemaName}.mt_events";
        var last = (await session.QueryAsync<long>($"select coalesce(max(seq_id), 0) from {events}", cancellation)).Single();
        return ProjectionLag.Of(progress.Select(p => (p.ShardName, p.Sequence)), last);
    }
}
