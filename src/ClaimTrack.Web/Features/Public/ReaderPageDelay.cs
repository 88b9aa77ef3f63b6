using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Infrastructure.Observability;
using JasperFx.Events;

namespace ClaimTrack.Web.Features.Public;

/// <summary>
/// The approval-to-page figure, taken where this node has evicted a changed claim's pages: the ReaderClaim was written in
/// the same commit as the event (an inline projection), so from here the next reader request renders the new page.
/// The saving node records it after its commit; every other node when it has evicted on the node channel's message.
/// </summary>
internal static class ReaderPageDelay
{
    public static void Record(NewsroomMetrics metrics, IEnumerable<IEvent> changes)
    {
        foreach (var change in changes) metrics.ReaderPageReady(change.Timestamp, Kind(change.Data));
    }

    public static string Kind(object change) => change switch
    {
        ClaimPublished => "published",
        CorrectionIssued => "corrected",
        ClaimRetracted => "retracted",
        _ => "other",
    };
}
