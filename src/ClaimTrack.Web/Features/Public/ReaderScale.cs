using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Ratings;
using Marten;
using Marten.Services;

namespace ClaimTrack.Web.Features.Public;

/// <summary>
/// The rating scale the reader's pages show, kept in memory: every uncached page needs it, and it changes only when an
/// Admin saves it. A save through this app clears it at once; another instance's save is seen within a minute.
/// </summary>
public sealed class ReaderScale(TimeProvider clock) : DocumentSessionListenerBase, IConfigureMarten
{
    private static readonly TimeSpan Freshness = TimeSpan.FromMinutes(1);
    private volatile Loaded? _loaded;

    public void Configure(IServiceProvider services, StoreOptions options) => options.Listeners.Add(this);

    public async ValueTask<RatingScale> GetAsync(IQuerySession session, CancellationToken ct)
    {
        if (_loaded is { } loaded && clock.GetUtcNow() - loaded.At < Freshness) return loaded.Scale;
        var scale = await ClaimWriter.LoadScaleAsync(session, ct);
        _loaded = new Loaded(scale, clock.GetUtcNow());
        return scale;
    }

    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        if (Changed(commit)) _loaded = null;
        return Task.CompletedTask;
    }

    public static bool Changed(IChangeSet commit) => commit.Updated.Concat(commit.Inserted).Any(d => d is RatingScale);

    private sealed record Loaded(RatingScale Scale, DateTimeOffset At);
}
