namespace ClaimTrack.Web.Features.Claims.OtherFactChecks;

/// <summary>
/// Where an imported review stands. Matched links it to one of our claims ("also checked by" on the claim's public
/// page once that claim is published); a candidate waits on the desk; the others are an editor's decisions, kept so
/// that importing the same review again changes nothing.
/// </summary>
public enum OtherReviewStatus { Candidate, Matched, MatchRemoved, Dismissed }

/// <summary>
/// What another fact-checker published, as their ClaimReview said it: the organisation (author), the claim's words
/// (claimReviewed), who made the claim (itemReviewed.author), the review's date, their rating in their words
/// (reviewRating.alternateName, or its value on their scale), the review's address and its language.
/// </summary>
public sealed record OtherReviewDetails(
    string Organisation,
    string? OrganisationUrl,
    string ClaimReviewed,
    string? Claimant,
    DateOnly? ReviewedOn,
    string? Rating,
    string? ReviewUrl,
    string? Language);

/// <summary>One step of a review's desk history: who did what, when (imported, matched, removed, dismissed, registered).</summary>
public sealed record OtherReviewStep(DateTimeOffset At, Actor By, string What);

/// <summary>
/// Another fact-checker's review of a claim, imported from their ClaimReview. A document, not a claim event: it is
/// their work, not ours, and linking it must not touch the claim's version (an editor's open workspace would see a
/// conflict) nor its reviewed timeline. Its id comes from <see cref="KeyFor"/>, so the same review imported twice is
/// one document.
/// </summary>
public sealed class OtherReview
{
    public Guid Id { get; set; }
    public string Key { get; set; } = "";
    public OtherReviewDetails Details { get; set; } = null!;
    public OtherReviewStatus Status { get; set; }
    /// <summary>The claim it is (or was, after a removal) linked to: an eviction needs it either way.</summary>
    public Guid? ClaimId { get; set; }
    public string? MatchedBecause { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public List<OtherReviewStep> History { get; set; } = [];

    public bool IsShownOnClaim => Status == OtherReviewStatus.Matched && ClaimId is not null;

    /// <summary>
    /// The identity of a review: its address when it has one (most do, and it is what the publisher keeps stable),
    /// otherwise the organisation and the claim's words, both normalised, so re-importing the same feed finds it.
    /// </summary>
    public static string KeyFor(OtherReviewDetails review) => review.ReviewUrl is { Length: > 0 } url
        ? $"url:{NormalisedUrl(url)}"
        : $"text:{ReviewWording.Normalise(review.Organisation)}|{ReviewWording.Normalise(review.ClaimReviewed)}";

    public static Guid IdFor(string key) => StableGuid.From($"other-review:{key}");

    // Scheme and host are case-insensitive and a trailing slash or fragment names the same page; the path and query are kept.
    private static string NormalisedUrl(string url) => Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
        ? $"{uri.Host.ToLowerInvariant()}{(uri.IsDefaultPort ? "" : $":{uri.Port}")}{uri.AbsolutePath.TrimEnd('/')}{uri.Query}"
        : url.Trim();

    public void Record(DateTimeOffset at, Actor by, string what)
    {
        History.Add(new OtherReviewStep(at, by, what));
        ChangedAt = at;
    }
}
