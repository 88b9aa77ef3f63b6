using ClaimTrack.Web.Features.Claims.Timeline;

namespace ClaimTrack.Web.Features.Claims.Publication;

/// <summary>
/// Exactly what readers may see of a claim, frozen at publication: no pending proposal, no desk notes. Evidence
/// withdrawn or corrected after publication stays, marked with the date and the reason, so nothing readers once relied
/// on disappears without a word. Public pages and feeds render only this.
/// </summary>
public sealed record PublishedContent(
    string Statement,
    bool IsVerbatimQuote,
    Claimant Claimant,
    string? Context,
    IReadOnlyList<string> Topics,
    string Language,
    IReadOnlyList<Appearance> Appearances,
    IReadOnlyList<PublishedEvidence> Evidence,
    PublishedVerdict Verdict,
    IReadOnlyList<TimelineEntry> Timeline)
{
    public ReaderFacets Facets => new(Claimant.Slug, [.. Topics.Select(t => Slugs.From(t))], Verdict.Rating);

    public static PublishedContent From(Claim claim, CurrentVerdict verdict, IReadOnlyList<TimelineEntry> timeline) => new(
        claim.Statement, claim.IsVerbatimQuote, claim.Claimant, claim.Context, [.. claim.Topics], claim.Language,
        [.. claim.Appearances],
        [.. claim.Evidence.Where(e => !e.Withdrawn || claim.WasShown(e.Id)).Select(e => PublishedEvidence.From(e, claim.Shown))],
        PublishedVerdict.From(verdict),
        timeline);
}

/// <summary>A piece of evidence as readers see it; Withdrawn and Corrected say when and why it changed after publication.</summary>
public sealed record PublishedEvidence(Guid Id, EvidenceDetails Details, EvidenceNote? Withdrawn = null, EvidenceNote? Corrected = null)
{
    /// <param name="item">The evidence as the desk holds it.</param>
    /// <param name="shown">What readers see now: a correction is marked only if readers saw the item before it (a fix
    /// made before they ever saw it is not news), and an earlier note stays until a newer correction replaces it.</param>
    public static PublishedEvidence From(EvidenceItem item, PublishedContent? shown)
    {
        var seen = shown?.Evidence.FirstOrDefault(e => e.Id == item.Id);
        var corrected = seen is not null && seen.Details != item.Details && item.CorrectedAt is { } at
            ? new EvidenceNote(at, item.CorrectionReason ?? "")
            : seen?.Corrected;
        var withdrawn = item.Withdrawn ? new EvidenceNote(item.WithdrawnAt ?? item.AddedAt, item.WithdrawalReason ?? "") : null;
        return new(item.Id, item.Details, withdrawn, corrected);
    }
}

public sealed record EvidenceNote(DateTimeOffset At, string Reason);

public sealed record PublishedVerdict(Guid VerdictId, string Rating, string Summary, string Reasoning, DateTimeOffset ApprovedAt)
{
    public static PublishedVerdict From(CurrentVerdict verdict) =>
        new(verdict.VerdictId, verdict.Verdict.Rating, verdict.Verdict.Summary, verdict.Verdict.Reasoning, verdict.ApprovedAt);
}
