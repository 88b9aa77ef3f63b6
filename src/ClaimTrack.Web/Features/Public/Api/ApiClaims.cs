using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Publication;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Claims.Translations;
using ClaimTrack.Web.Features.Public.Translations;

namespace ClaimTrack.Web.Features.Public.Api;

/// <summary>The reader's view of a claim (<see cref="ReaderClaim"/>) written as the API's documents: the same words as its page.</summary>
public static class ApiClaims
{
    public const string Base = "/api/v1";

    public static string ClaimPath(Guid id) => $"{Base}/claims/{id}";

    public static ApiClaimSummary Summary(ReaderClaim claim, PublicContext site)
    {
        var content = claim.Content;
        // A retracted claim is listed only so copies can drop it: like the corrections log, it keeps its words, not its verdict.
        return new ApiClaimSummary(
            claim.Id, site.Absolute(PublicPaths.Claim(claim.Id, claim.Slug)), site.Absolute(ClaimPath(claim.Id)),
            content.Statement, content.IsVerbatimQuote, Claimant(content.Claimant, site), Topics(content, site),
            claim.Retracted ? null : Rating(claim.Rating, site, content.Language), claim.Retracted ? null : content.Verdict.Summary,
            content.Language, claim.FirstPublishedAt, claim.LastModifiedAt, claim.Retracted, claim.RetractionReason);
    }

    public static ApiClaim Full(ReaderClaim claim, PublicContext site)
    {
        var content = claim.Content;
        var verdict = content.Verdict;
        return new ApiClaim(
            claim.Id, site.Absolute(PublicPaths.Claim(claim.Id, claim.Slug)), content.Statement, content.IsVerbatimQuote,
            Claimant(content.Claimant, site), content.Context, Topics(content, site), content.Language,
            new ApiVerdict(Rating(verdict.Rating, site, content.Language), verdict.Summary, verdict.Reasoning, verdict.ApprovedAt),
            [.. content.Evidence.Select(Evidence)],
            [.. content.Appearances.Select(a => new ApiAppearance(a.Outlet, a.Url, a.AppearedOn, a.Note, a.IsFirst))],
            [.. content.Timeline.Select(e => new ApiTimelineEntry(
                VerdictUpdate.IdFor(claim.Id, e), e.Kind, e.At, e.Rating is null ? null : Rating(e.Rating, site, content.Language), e.Summary, e.Reason,
                e.By.Name, [.. e.Changes ?? []], e.Unreviewed))],
            claim.FirstPublishedAt, claim.LastModifiedAt,
            [.. PublishedTranslations.Of(claim).Select(t => Translated(claim, t, site))]);
    }

    private static ApiTranslation Translated(ReaderClaim claim, Translation translation, PublicContext site)
    {
        var text = translation.Text;
        return new ApiTranslation(translation.Language, site.Absolute(PublishedTranslations.PagePath(claim, translation.Language, site)),
            text.Statement, text.Context, text.Summary, text.Reasoning,
            Rating(claim.Content.Verdict.Rating, site, translation.Language), translation.ApprovedAt);
    }

    public static ApiClaimant Claimant(Claimant claimant, PublicContext site) =>
        new(claimant.Slug, claimant.Name, claimant.Kind, claimant.Affiliation, site.Absolute(PublicPaths.Claimant(claimant.Slug)));

    /// <summary>The rating named in the claim's own language (a machine has no page language), else the default's.</summary>
    public static ApiRatingRef Rating(string key, PublicContext site, string language) => new(key, site.Scale.LabelOf(key, language));

    private static List<ApiTopic> Topics(PublishedContent content, PublicContext site) =>
        [.. content.Topics.Select(t => Slugs.From(t)).Zip(content.Topics, (slug, name) => new ApiTopic(slug, name, site.Absolute(PublicPaths.Topic(slug))))];

    private static ApiEvidence Evidence(PublishedEvidence item)
    {
        var d = item.Details;
        return new ApiEvidence(item.Id, d.Title, d.Kind, d.Url, d.Citation, d.Publisher, d.PublishedOn, d.Excerpt, d.Stance,
            Note(item.Withdrawn), Note(item.Corrected));
    }

    private static ApiNote? Note(EvidenceNote? note) => note is null ? null : new ApiNote(note.At, note.Reason);
}
