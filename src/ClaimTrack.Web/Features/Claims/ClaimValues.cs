namespace ClaimTrack.Web.Features.Claims;

/// <summary>Who did something: kept on every event so the history names a person, not a session.</summary>
public sealed record Actor(string UserId, string Name);

public enum ClaimantKind { Person, Organisation }

/// <summary>Who made the claim. The slug is the claimant's stable key for pages, feeds and summaries.</summary>
public sealed record Claimant(string Name, ClaimantKind Kind, string? Affiliation)
{
    public string Slug => Slugs.From(Name);
}

/// <summary>
/// Where and when the claim was made. The claim works out IsFirst (the earliest date, unless an editor marked another),
/// so the flag an event carries is what the desk saw then and is never read back. The id names the appearance for
/// corrections; an event written before appearances had ids gets one derived from the claim and its position.
/// </summary>
public sealed record Appearance(Guid Id, string Outlet, string? Url, DateOnly AppearedOn, string? Note, bool IsFirst);

public enum EvidenceKind { OfficialRecord, Dataset, Document, NewsReport, Interview, ArchivedPage, Expert, Other }

public enum Stance { Supports, Contradicts, Context }

public sealed record EvidenceDetails(
    string Title,
    EvidenceKind Kind,
    string? Url,
    string? Citation,
    string? Publisher,
    DateOnly? PublishedOn,
    string? Excerpt,
    Stance Stance);

/// <summary>The words of a verdict: a rating key from the newsroom's scale, a one-line summary, Markdown reasoning.</summary>
public sealed record VerdictText(string Rating, string Summary, string Reasoning);

// Scheduled: a first publication approved for a later time (Scheduling/); a public claim with a scheduled change stays Published.
public enum ClaimStatus { Draft, InReview, Published, Retracted, Scheduled }
