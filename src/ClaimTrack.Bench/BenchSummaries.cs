using ClaimTrack.Web.Features.Claims.ReadModels;
using JasperFx.Events;
using Npgsql;

namespace ClaimTrack.Bench;

/// <summary>
/// The asynchronous claimant and topic summaries, built in memory from the loaded events in sequence order with the
/// projections' own Evolve and KeysOf, then stored with the daemon's progress set to the last event, so the daemon
/// starts caught up instead of replaying millions of events.
/// </summary>
internal sealed class BenchSummaries
{
    private readonly ClaimantSummaryProjection _claimantProjection = new();
    private readonly TopicSummaryProjection _topicProjection = new();
    private readonly Dictionary<string, (ClaimantSummary Doc, long Sequence)> _claimants = [];
    private readonly Dictionary<string, (TopicSummary Doc, long Sequence)> _topics = [];
    private long _lastSequence;

    /// <summary>Applies a batch's events; call in the order the batches were appended (sequence order).</summary>
    public void Apply(IEnumerable<StreamAction> streams)
    {
        foreach (var e in streams.SelectMany(s => s.Events).OrderBy(e => e.Sequence))
        {
            foreach (var key in ClaimantSummaryProjection.KeysOf(e.Data))
                _claimants[key] = (_claimantProjection.Evolve(_claimants.GetValueOrDefault(key).Doc, key, e)!, e.Sequence);
            foreach (var key in TopicSummaryProjection.KeysOf(e.Data))
                _topics[key] = (_topicProjection.Evolve(_topics.GetValueOrDefault(key).Doc, key, e)!, e.Sequence);
            _lastSequence = Math.Max(_lastSequence, e.Sequence);
        }
    }

    public async Task StoreAsync(BenchCopy copy, NpgsqlConnection connection)
    {
        // The daemon's documents carry, as their revision, the sequence of the last event applied to them.
        await copy.WriteAsync(connection, [.. _claimants.Values.Select(v => (v.Doc, (object)v.Sequence))], c => c.Id);
        await copy.WriteAsync(connection, [.. _topics.Values.Select(v => (v.Doc, (object)v.Sequence))], t => t.Id);
        await using var progress = new NpgsqlBatch(connection);
        foreach (var shard in new[] { $"{nameof(ClaimantSummary)}:All", $"{nameof(TopicSummary)}:All" })
            progress.BatchCommands.Add(new NpgsqlBatchCommand(
                $"insert into {copy.EventSchema}.mt_event_progression (name, last_seq_id, last_updated) values ($1, $2, now()) " +
                "on conflict (name) do update set last_seq_id = excluded.last_seq_id, last_updated = excluded.last_updated")
            { Parameters = { new() { Value = shard }, new() { Value = _lastSequence } } });
        await progress.ExecuteNonQueryAsync();
    }
}
