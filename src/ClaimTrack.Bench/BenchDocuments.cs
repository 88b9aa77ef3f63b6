using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Claims.Timeline;
using JasperFx.Events;
using Npgsql;

namespace ClaimTrack.Bench;

/// <summary>
/// The documents the inline projections would have stored for a batch of claims, computed in memory with the
/// projections' own code (their Evolve methods and <see cref="VerdictUpdateProjection.ChangeFor"/>), each with the
/// revision Marten would have given it: the stream's version.
/// </summary>
internal sealed class BenchDocuments
{
    private static readonly VerdictTimelineProjection Timelines = new();
    private static readonly ReaderClaimProjection PublishedClaims = new();

    private readonly List<(Claim, object)> _claims = [];
    private readonly List<(VerdictTimeline, object)> _timelines = [];
    private readonly List<(ReaderClaim, object)> _published = [];
    private readonly List<(VerdictUpdate, object)> _updates = [];

    public int Count => _claims.Count + _timelines.Count + _published.Count + _updates.Count;

    public void Add(StreamAction stream, Claim claim)
    {
        VerdictTimeline? timeline = null;
        ReaderClaim? published = null;
        var updates = new Dictionary<Guid, VerdictUpdate>();
        foreach (var e in stream.Events)
        {
            // The listings read the public view as it stood before this event, as the inline projection's LoadAsync does.
            var change = VerdictUpdateProjection.ChangeFor(stream.Id, e.Data, published);
            if (change.RemoveClaim) updates.Clear();
            foreach (var update in change.Store) updates[update.Id] = update;
            timeline = Timelines.Evolve(timeline, stream.Id, e);
            published = PublishedClaims.Evolve(published, stream.Id, e);
        }
        // An inline projection stores its document again with every later event, so its revision is the stream's version.
        long version = stream.Events.Count;
        _claims.Add((claim, version));
        if (timeline is not null) _timelines.Add((timeline, version));
        if (published is not null) _published.Add((published, version));
        // Listings use Marten's default Guid versions, new with every write.
        _updates.AddRange(updates.Values.Select(u => (u, (object)Guid.CreateVersion7())));
    }

    public async Task WriteAsync(BenchCopy copy, NpgsqlConnection connection)
    {
        await copy.WriteAsync(connection, _claims, c => c.Id);
        await copy.WriteAsync(connection, _timelines, t => t.Id);
        await copy.WriteAsync(connection, _published, p => p.Id);
        await copy.WriteAsync(connection, _updates, u => u.Id);
    }
}
