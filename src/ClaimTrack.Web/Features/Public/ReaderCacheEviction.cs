using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.FrontPage;
using ClaimTrack.Web.Features.Claims.OtherFactChecks;
using ClaimTrack.Web.Infrastructure.Nodes;
using ClaimTrack.Web.Infrastructure.Observability;
using JasperFx.Events;
using Marten;
using Marten.Services;
using Microsoft.AspNetCore.OutputCaching;

namespace ClaimTrack.Web.Features.Public;

/// <summary>
/// After every save that changes what readers see, evicts the pages that show it: on this node after the commit, and
/// on every other node through the node channel (the message is part of the save's transaction). A node whose channel
/// was closed drops every cached page when it reopens, since it cannot know what it missed. Each node records the
/// approval-to-page figure where it has evicted: the message carries when each change was saved ("at:published:ms").
/// </summary>
internal sealed class EvictOnPublicChange(IOutputCacheStore cache, ReaderScale scale, NodeBroadcast nodes, NewsroomMetrics metrics)
    : DocumentSessionListenerBase, IConfigureMarten, INodeMessageHandler
{
    public const string Topic = "reader-cache";

    string INodeMessageHandler.Topic => Topic;

    public void Configure(IServiceProvider services, StoreOptions options) => options.Listeners.Add(this);

    /// <summary>The cache tags a save makes stale: the claims' own pages and every listing, or everything when the scale changed.</summary>
    public static IReadOnlyList<string> StaleTags(IEnumerable<IEvent> events, bool scaleChanged)
    {
        if (scaleChanged) return [PublicCache.EverythingTag];
        // A translation changes its claim's pages (the text in its language, every version's language links) and the sitemap.
        var claims = events.Where(e => e.Data is ClaimPublished or CorrectionIssued or ClaimRetracted or TranslationApproved or TranslationWithdrawn)
            .Select(e => e.StreamId).Distinct().Select(PublicCache.ClaimTag).ToList();
        // A pin changes the front page only (a listing), never the claim's own page.
        if (claims.Count == 0) return events.Any(e => e.Data is ClaimPinned or ClaimUnpinned) ? [PublicCache.ListingsTag] : [];
        return [.. claims, PublicCache.ListingsTag];
    }

    /// <summary>
    /// Also the pages of claims whose "also checked by" links changed (linked, or removed: the document keeps the
    /// claim's id either way). Only the claim's own page shows them, so no listing goes stale.
    /// </summary>
    public static IReadOnlyList<string> StaleTags(IEnumerable<IEvent> events, bool scaleChanged, IEnumerable<OtherReview> otherReviews)
    {
        var tags = StaleTags(events, scaleChanged);
        if (tags.Contains(PublicCache.EverythingTag)) return tags;
        var linked = otherReviews.Select(r => r.ClaimId).OfType<Guid>().Select(PublicCache.ClaimTag);
        return [.. tags.Union(linked)];
    }

    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        var pending = session.PendingChanges;
        var events = pending.Streams().SelectMany(s => s.Events).ToList();
        var tags = StaleTags(events, pending.AllChangedFor<Claims.Ratings.RatingScale>().Any(), pending.AllChangedFor<OtherReview>());
        if (tags.Count == 0) return Task.CompletedTask;
        // Marten stamps the events as it commits, a moment after this; the send time stands in for it on other nodes.
        var savedAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var times = events.Where(e => e.Data is ClaimPublished or CorrectionIssued or ClaimRetracted)
            .Select(e => $"{SavedAtPrefix}{ReaderPageDelay.Kind(e.Data)}:{savedAt}");
        // Hundreds of claims in one save outgrow a NOTIFY: then the other nodes drop everything, which is always right.
        if (!nodes.TrySend(session, Topic, string.Join(' ', tags.Concat(times)))) nodes.TrySend(session, Topic, PublicCache.EverythingTag);
        return Task.CompletedTask;
    }

    public override async Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        var events = commit.GetEvents().ToList();
        await EvictAsync(StaleTags(events, ReaderScale.Changed(commit), commit.Updated.Concat(commit.Inserted).OfType<OtherReview>()), token);
        ReaderPageDelay.Record(metrics, events.Where(e => e.Data is ClaimPublished or CorrectionIssued or ClaimRetracted));
    }

    public async Task ReceivedAsync(string message, CancellationToken ct)
    {
        var words = message.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        await EvictAsync([.. words.Where(w => !w.StartsWith(SavedAtPrefix, StringComparison.Ordinal))], ct);
        foreach (var word in words.Where(w => w.StartsWith(SavedAtPrefix, StringComparison.Ordinal)))
            if (word.Split(':') is [_, var kind, var ms] && long.TryParse(ms, out var at))
                metrics.ReaderPageReady(DateTimeOffset.FromUnixTimeMilliseconds(at), kind);
    }

    private const string SavedAtPrefix = "at:";

    public Task ChannelOpenedAsync(CancellationToken ct) => EvictAsync([PublicCache.EverythingTag], ct);

    private async Task EvictAsync(IReadOnlyCollection<string> tags, CancellationToken ct)
    {
        // Every page carries the everything tag; the rating scale copy goes with it, or pages would be rebuilt from it.
        if (tags.Contains(PublicCache.EverythingTag)) scale.Forget();
        foreach (var tag in tags) await cache.EvictByTagAsync(tag, ct);
    }
}

internal static class ReaderCacheEvictionSetup
{
    public static IServiceCollection AddReaderCacheEviction(this IServiceCollection services)
    {
        services.AddSingleton<EvictOnPublicChange>();
        services.AddSingleton<IConfigureMarten>(sp => sp.GetRequiredService<EvictOnPublicChange>());
        services.AddSingleton<INodeMessageHandler>(sp => sp.GetRequiredService<EvictOnPublicChange>());
        services.AddSingleton<IConfigureMarten, EvictOnSummaryChange>();
        return services;
    }
}
