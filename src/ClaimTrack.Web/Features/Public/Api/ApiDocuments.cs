using System.ComponentModel;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Timeline;

namespace ClaimTrack.Web.Features.Public.Api;

// The API's answers. Field names are part of the contract (docs/open-data.md): add fields, never rename or remove one
// within v1. Everything here is what the reader pages show, and nothing more: no desk notes, no user ids.

[Description("A page of published claims, newest change first.")]
public sealed record ApiClaimPage(
    [property: Description("The claims on this page.")] IReadOnlyList<ApiClaimSummary> Claims,
    [property: Description("The address of the next page, or null on the last one.")] string? Next);

[Description("A published claim as lists show it.")]
public sealed record ApiClaimSummary(
    [property: Description("The claim's id: stable, and the key of /api/v1/claims/{id}.")] Guid Id,
    [property: Description("The reader's page of this fact check.")] string Url,
    [property: Description("This claim with its evidence and timeline, in this API.")] string ApiUrl,
    [property: Description("What was claimed.")] string Statement,
    [property: Description("true when the statement is a word-for-word quote.")] bool IsVerbatimQuote,
    ApiClaimant Claimant,
    [property: Description("The topics the claim is filed under.")] IReadOnlyList<ApiTopic> Topics,
    [property: Description("The current verdict's rating; null once retracted.")] ApiRatingRef? Rating,
    [property: Description("The current verdict in one line; null once retracted.")] string? Summary,
    [property: Description("The claim's language (a BCP 47 tag such as en or es).")] string Language,
    [property: Description("When readers first saw the fact check.")] DateTimeOffset FirstPublishedAt,
    [property: Description("The last publication, revision, correction or retraction. updatedSince also lists a claim whose translation was approved or withdrawn since.")] DateTimeOffset UpdatedAt,
    [property: Description("true when the newsroom retracted the fact check.")] bool Retracted,
    [property: Description("Why it was retracted; null otherwise.")] string? RetractionReason);

[Description("Who made the claim.")]
public sealed record ApiClaimant(
    [property: Description("The claimant's stable key, for the claimant filter.")] string Slug,
    string Name,
    [property: Description("person or organisation.")] ClaimantKind Kind,
    [property: Description("Office or party, when the newsroom gave one.")] string? Affiliation,
    [property: Description("The reader's page of this claimant.")] string Url);

[Description("A topic a claim is filed under.")]
public sealed record ApiTopic(
    [property: Description("The topic's stable key, for the topic filter.")] string Slug,
    string Name,
    [property: Description("The reader's page of this topic.")] string Url);

[Description("A rating of the newsroom's scale, by key and label.")]
public sealed record ApiRatingRef(
    [property: Description("The rating's key on the scale (/api/v1/ratings).")] string Key,
    [property: Description("The rating as readers see it, in the claim's language when the scale names it in that language.")] string Label);

[Description("A published claim with its verdict, evidence, appearances and whole public timeline, as its page shows them.")]
public sealed record ApiClaim(
    Guid Id, string Url, string Statement, bool IsVerbatimQuote, ApiClaimant Claimant,
    [property: Description("Background the newsroom gives readers, or null.")] string? Context,
    IReadOnlyList<ApiTopic> Topics, string Language, ApiVerdict Verdict,
    [property: Description("The evidence, including items withdrawn or corrected after publication (marked so).")] IReadOnlyList<ApiEvidence> Evidence,
    [property: Description("Where and when the claim was made.")] IReadOnlyList<ApiAppearance> Appearances,
    [property: Description("Every public step, oldest first: verdicts, revisions, corrections, updates.")] IReadOnlyList<ApiTimelineEntry> Timeline,
    DateTimeOffset FirstPublishedAt, DateTimeOffset UpdatedAt,
    [property: Description("The fact check in the newsroom's other languages, as their pages show it: only approved translations that still say what the original says.")]
    IReadOnlyList<ApiTranslation> Translations);

[Description("The fact check's words in another language, approved by an editor like any public change. Names, dates, evidence and the rating key stay as in the original.")]
public sealed record ApiTranslation(
    [property: Description("The translation's language (a BCP 47 tag such as es).")] string Language,
    [property: Description("The reader's page of the fact check in this language.")] string Url,
    [property: Description("What was claimed, in this language.")] string Statement,
    [property: Description("Background the newsroom gives readers, in this language, or null.")] string? Context,
    [property: Description("The verdict in one line, in this language.")] string Summary,
    [property: Description("The reasoning, in Markdown, in this language.")] string Reasoning,
    [property: Description("The current rating, named in this language when the scale names it so.")] ApiRatingRef Rating,
    [property: Description("When an editor approved this translation.")] DateTimeOffset? ApprovedAt);

[Description("The current verdict.")]
public sealed record ApiVerdict(
    ApiRatingRef Rating,
    [property: Description("The verdict in one line.")] string Summary,
    [property: Description("The reasoning, in Markdown.")] string Reasoning,
    [property: Description("When an editor approved it.")] DateTimeOffset ApprovedAt);

[Description("A piece of evidence.")]
public sealed record ApiEvidence(
    Guid Id, string Title,
    [property: Description("officialRecord, dataset, document, newsReport, interview, archivedPage, expert or other.")] EvidenceKind Kind,
    string? Url, string? Citation, string? Publisher, DateOnly? PublishedOn, string? Excerpt,
    [property: Description("supports, contradicts or context: what the evidence does to the claim.")] Stance Stance,
    [property: Description("When and why it was withdrawn after publication; null if it stands.")] ApiNote? Withdrawn,
    [property: Description("When and why it was corrected after publication; null if never.")] ApiNote? Corrected);

[Description("When and why something changed.")]
public sealed record ApiNote(DateTimeOffset At, string Reason);

[Description("Where and when the claim was made.")]
public sealed record ApiAppearance(string Outlet, string? Url, DateOnly AppearedOn, string? Note,
    [property: Description("true for the claim's first known appearance.")] bool IsFirst);

[Description("One public step of the claim's record.")]
public sealed record ApiTimelineEntry(
    [property: Description("The step's stable id (the #update-... anchor on the claim's page).")] Guid Id,
    [property: Description("verdict, revision, correction, retraction or update.")] TimelineEntryKind Kind,
    DateTimeOffset At,
    [property: Description("The rating this step gave (verdicts and revisions); null otherwise.")] ApiRatingRef? Rating,
    string? Summary,
    [property: Description("Why the step was taken (a revision's or correction's reason), or null.")] string? Reason,
    [property: Description("The editor who approved it, by name.")] string By,
    [property: Description("An update's changes in plain words.")] IReadOnlyList<string> Changes,
    [property: Description("true when no second editor reviewed it.")] bool Unreviewed);
