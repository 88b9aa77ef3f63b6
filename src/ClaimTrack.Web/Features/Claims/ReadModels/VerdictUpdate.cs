using ClaimTrack.Web.Features.Claims.Publication;
using ClaimTrack.Web.Features.Claims.Timeline;

namespace ClaimTrack.Web.Features.Claims.ReadModels;

/// <summary>
/// One public step of a claim's timeline (verdict, revision, correction, update, retraction), flattened for the home
/// page, the corrections log and the feeds, which list steps across claims newest first.
/// </summary>
public sealed class VerdictUpdate
{
    public Guid Id { get; set; }
    public Guid ClaimId { get; set; }
    public string ClaimSlug { get; set; } = "";
    public string Statement { get; set; } = "";
    public bool IsVerbatimQuote { get; set; }
    /// <summary>The claim's language, so a feed can follow one language and mark each item with it.</summary>
    public string Language { get; set; } = "";
    public string ClaimantName { get; set; } = "";
    public string ClaimantSlug { get; set; } = "";
    public List<string> TopicSlugs { get; set; } = [];
    public TimelineEntryKind Kind { get; set; }
    public string? Rating { get; set; }
    public string? Summary { get; set; }
    public string? Reason { get; set; }
    public string ByName { get; set; } = "";
    /// <summary>An update's changes in plain words.</summary>
    public List<string> Changes { get; set; } = [];
    /// <summary>Listed in the corrections log: every correction, revision and retraction, and updates of substance.</summary>
    public bool Substantive { get; set; } = true;
    /// <summary>Published without a second editor's review.</summary>
    public bool Unreviewed { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>The id a timeline step always gets, so re-publishing a claim updates its steps instead of repeating them.</summary>
    public static Guid IdFor(Guid claimId, TimelineEntry entry) =>
        StableGuid.From($"update:{claimId:N}:{entry.Kind}:{entry.At.UtcTicks}");

    public static VerdictUpdate From(Guid claimId, PublishedContent content, TimelineEntry entry) => new()
    {
        Id = IdFor(claimId, entry),
        ClaimId = claimId,
        ClaimSlug = Slugs.From(content.Statement),
        Statement = content.Statement,
        IsVerbatimQuote = content.IsVerbatimQuote,
        Language = content.Language,
        ClaimantName = content.Claimant.Name,
        ClaimantSlug = content.Claimant.Slug,
        TopicSlugs = [.. content.Facets.TopicSlugs],
        Kind = entry.Kind,
        // A correction keeps the rating; the entry itself does not repeat it.
        Rating = entry.Kind == TimelineEntryKind.Retraction ? null : entry.Rating ?? content.Verdict.Rating,
        Summary = entry.Summary,
        Reason = entry.Reason,
        ByName = entry.By.Name,
        Changes = [.. entry.Changes ?? []],
        Substantive = entry.Kind != TimelineEntryKind.Verdict && entry.Substantive,
        Unreviewed = entry.Unreviewed,
        At = entry.At,
    };
}
