using System.Globalization;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Claims.Timeline;
using ClaimTrack.Web.Features.Claims.Translations;
using ClaimTrack.Web.Features.Public.Translations;

namespace ClaimTrack.Web.Features.Public.OpenData;

/// <summary>
/// One published claim as the bulk exports give it: the fields the public ClaimReview research datasets use (claim
/// author, claim date, claim text, review date, rating, review URL, reviewer), then ours, then the public timeline.
/// Made only from the reader's document, so an export shows exactly what the claim page shows.
/// </summary>
public sealed record ClaimRecord(
    Guid ClaimId, string ClaimText, string ClaimAuthor, string ClaimantKind, string? ClaimantAffiliation,
    string ClaimDate, string? ClaimUrl, IReadOnlyList<AppearanceRecord> AppearedIn,
    string ReviewDate, string ReviewModified, string Rating, int? RatingValue, int WorstRating, int BestRating,
    string ReviewUrl, string Reviewer, string VerdictSummary, string VerdictReasoning, IReadOnlyList<string> Topics, string Language,
    IReadOnlyList<EntryRecord> Timeline, IReadOnlyList<TranslationRecord> Translations)
{
    public static ClaimRecord From(ReaderClaim claim, PublicContext site)
    {
        var content = claim.Content;
        var first = content.Appearances.FirstOrDefault(a => a.IsFirst) ?? content.Appearances.MinBy(a => a.AppearedOn)!;
        var entries = content.Timeline.Select((e, i) => EntryRecord.From(e, i + 1, site)).ToList();
        return new ClaimRecord(
            claim.Id, content.Statement, content.Claimant.Name,
            content.Claimant.Kind == Claims.ClaimantKind.Person ? "person" : "organisation", content.Claimant.Affiliation,
            Day(first.AppearedOn), first.Url, [.. content.Appearances.Select(AppearanceRecord.From)],
            Time(claim.FirstPublishedAt), Time(claim.LastModifiedAt), site.RatingLabel(content.Verdict.Rating),
            site.Scale.Find(content.Verdict.Rating)?.ClaimReviewValue, site.Scale.WorstRating, site.Scale.BestRating,
            site.Absolute(PublicPaths.Claim(claim.Id, claim.Slug)), site.SiteName, content.Verdict.Summary, content.Verdict.Reasoning,
            content.Topics, content.Language, entries,
            [.. PublishedTranslations.Of(claim).Select(t => TranslationRecord.From(claim, t, site))]);
    }

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

public sealed record AppearanceRecord(string Outlet, string? Url, string Date, bool First)
{
    public static AppearanceRecord From(Appearance a) => new(a.Outlet, a.Url, ClaimRecord.Day(a.AppearedOn), a.IsFirst);
}

/// <summary>
/// The fact check in another language, as its page there shows it: only approved translations that still fit the
/// original (<see cref="PublishedTranslations"/>). Names, dates, evidence and the rating key are the original's.
/// </summary>
public sealed record TranslationRecord(string Language, string ReviewUrl, string ClaimText, string? Context, string VerdictSummary,
    string VerdictReasoning, string Rating)
{
    public static TranslationRecord From(ReaderClaim claim, Translation translation, PublicContext site) => new(
        translation.Language, site.Absolute(PublishedTranslations.PagePath(claim, translation.Language, site)),
        translation.Text.Statement, translation.Text.Context, translation.Text.Summary, translation.Text.Reasoning,
        site.Scale.LabelOf(claim.Content.Verdict.Rating, translation.Language));
}

/// <summary>One step of the public timeline: a verdict, a revision, a correction, an update (retracted claims are not exported).</summary>
public sealed record EntryRecord(
    int Number, string Kind, string Date, string? Rating, string? Summary, string? Reason, string By, bool Unreviewed)
{
    public static EntryRecord From(TimelineEntry entry, int number, PublicContext site) => new(
        number, entry.Kind.ToString().ToLowerInvariant(), ClaimRecord.Time(entry.At),
        entry.Rating is null ? null : site.RatingLabel(entry.Rating), entry.Summary, entry.Reason, entry.By.Name, entry.Unreviewed);
}
