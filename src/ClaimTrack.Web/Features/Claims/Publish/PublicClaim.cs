namespace ClaimTrack.Web.Features.Claims;

/// <summary>
/// Exactly what readers may see of a claim, frozen at publication: no withdrawn evidence, no pending proposal,
/// no desk notes. Public pages and feeds render only this.
/// </summary>
public sealed record PublicClaim(
    string Statement,
    bool IsVerbatimQuote,
    Claimant Claimant,
    string? Context,
    IReadOnlyList<string> Topics,
    string Language,
    IReadOnlyList<Appearance> Appearances,
    IReadOnlyList<PublicEvidence> Evidence,
    PublicVerdict Verdict,
    IReadOnlyList<TimelineEntry> Timeline)
{
    public PublishedFacets Facets => new(Claimant.Slug, [.. Topics.Select(t => Slugs.From(t))], Verdict.Rating);

    public static PublicClaim From(Claim claim, CurrentVerdict verdict, IReadOnlyList<TimelineEntry> timeline) => new(
        claim.Statement, claim.IsVerbatimQuote, claim.Claimant, claim.Context, [.. claim.Topics], claim.Language,
        [.. claim.Appearances],
        [.. claim.StandingEvidence.Select(e => new PublicEvidence(e.Id, e.Details))],
        new PublicVerdict(verdict.VerdictId, verdict.Verdict.Rating, verdict.Verdict.Summary, verdict.Verdict.Reasoning, verdict.ApprovedAt),
        timeline);
}

public sealed record PublicEvidence(Guid Id, EvidenceDetails Details);

public sealed record PublicVerdict(Guid VerdictId, string Rating, string Summary, string Reasoning, DateTimeOffset ApprovedAt);
