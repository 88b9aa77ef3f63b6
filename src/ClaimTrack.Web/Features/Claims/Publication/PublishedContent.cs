using ClaimTrack.Web.Features.Claims.Timeline;

namespace ClaimTrack.Web.Features.Claims.Publication;

/// <summary>
/// Exactly what readers may see of a claim, frozen at publication: no withdrawn evidence, no pending proposal,
/// no desk notes. Public pages and feeds render only this.
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
        [.. claim.StandingEvidence.Select(e => new PublishedEvidence(e.Id, e.Details))],
        new PublishedVerdict(verdict.VerdictId, verdict.Verdict.Rating, verdict.Verdict.Summary, verdict.Verdict.Reasoning, verdict.ApprovedAt),
        timeline);
}

public sealed record PublishedEvidence(Guid Id, EvidenceDetails Details);

public sealed record PublishedVerdict(Guid VerdictId, string Rating, string Summary, string Reasoning, DateTimeOffset ApprovedAt);
