using System.Diagnostics.Metrics;

namespace ClaimTrack.Web.Infrastructure.Observability;

/// <summary>
/// The app's own figures on the "ClaimTrack" meter. Instruments are created from the host's meter factory, so two apps
/// in one process (the tests) keep separate counts; features call the few methods here and know nothing of OpenTelemetry.
/// </summary>
public sealed class NewsroomMetrics
{
    public const string MeterName = "ClaimTrack";

    // Within a second is the goal across nodes; the tail shows a node that was disconnected or a slow eviction.
    private static readonly double[] DelayBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

    private readonly Counter<long> _readerCache;
    private readonly Histogram<double> _readerPageDelay;
    private readonly Counter<long> _readerCompressed;
    private readonly TimeProvider _clock;

    public NewsroomMetrics(IMeterFactory meters, TimeProvider clock)
    {
        _clock = clock;
        var meter = meters.Create(MeterName);
        _readerCache = meter.CreateCounter<long>("claimtrack.reader_cache.requests", "{request}",
            "Reader pages and feeds asked of the output cache, by result: hit (served from memory) or miss (rendered).");
        _readerPageDelay = meter.CreateHistogram("claimtrack.reader_page.delay", "s",
            "From the timestamp of the event that changed a public claim (published, corrected, retracted) to the moment "
            + "this node evicted the claim's cached pages, so its next reader request renders the new page.",
            tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DelayBuckets });
        _readerCompressed = meter.CreateCounter<long>("claimtrack.reader_compression.responses", "{response}",
            "Reader answers compressed, by encoding (br, gzip): once per page and encoding when it is rendered; a cached hit adds nothing.");
    }

    public void ReaderCacheHit() => _readerCache.Add(1, new KeyValuePair<string, object?>("result", "hit"));

    public void ReaderCacheMiss() => _readerCache.Add(1, new KeyValuePair<string, object?>("result", "miss"));

    public void ReaderCompressed(string encoding) => _readerCompressed.Add(1, new KeyValuePair<string, object?>("encoding", encoding));

    /// <param name="storedAt">The event's own timestamp (when it was appended).</param>
    /// <param name="change">What readers now see: published, corrected or retracted.</param>
    public void ReaderPageReady(DateTimeOffset storedAt, string change) =>
        _readerPageDelay.Record(DelaySince(storedAt, _clock.GetUtcNow()).TotalSeconds, new KeyValuePair<string, object?>("change", change));

    /// <summary>Never negative: a node whose clock runs behind the one that stored the event would otherwise report
    /// time travel; such skew shows as zeros, which is why docs/operations.md asks for synchronised clocks.</summary>
    public static TimeSpan DelaySince(DateTimeOffset storedAt, DateTimeOffset now) =>
        now > storedAt ? now - storedAt : TimeSpan.Zero;
}
