using JasperFx.Metadata;

namespace ClaimTrack.Web.Features.Claims.Archive;

/// <summary>Where the copy of a source stands: waiting for a (first or next) try, kept, or given up after every try failed.</summary>
public enum SourceState { Waiting, Archived, GaveUp }

/// <summary>
/// What was fetched and kept: the bytes are in <see cref="ArchivedCopies"/>, this is their description. The address is
/// the evidence's when fetched (a corrected address is fetched again).
/// </summary>
public sealed record SourceCopy(string Url, string Sha256, string ContentType, long Size, int HttpStatus, DateTimeOffset FetchedAt);

/// <summary>
/// The archive's record of one piece of evidence with a web address: its kept copy, the tries, and the link check's marks.
/// A document, not events on the claim: these are the machine's observations of someone else's site, made in the
/// background, and appending them to the claim's stream would make every open workspace's next save a conflict. It is
/// also the archive's work list (due when <see cref="NextAttemptAt"/> has passed), like a webhook delivery.
/// </summary>
public sealed class EvidenceSource : IVersioned
{
    /// <summary>The evidence's own id.</summary>
    public Guid Id { get; set; }
    public Guid ClaimId { get; set; }
    public string Title { get; set; } = "";
    public string Url { get; set; } = "";
    public SourceState State { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    /// <summary>Archive tries that failed in a row; back to 0 once a copy is kept.</summary>
    public int FailedTries { get; set; }
    /// <summary>Why the last try or check failed, in words for the desk.</summary>
    public string? Problem { get; set; }
    public SourceCopy? Copy { get; set; }
    public DateTimeOffset? CheckedAt { get; set; }
    /// <summary>Link checks that failed in a row (4xx, 5xx, no such name, no answer).</summary>
    public int CheckFailures { get; set; }
    /// <summary>When a check first found different content from the kept copy.</summary>
    public DateTimeOffset? ChangedAt { get; set; }
    /// <summary>When the source had failed enough checks in a row to count as gone.</summary>
    public DateTimeOffset? VanishedAt { get; set; }
    /// <summary>Changed or vanished: a column of its own, for the desk's "broken links" filter.</summary>
    public bool Broken { get; set; }
    /// <summary>The evidence was withdrawn: no more tries or checks.</summary>
    public bool Withdrawn { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid Version { get; set; }

    /// <summary>True right after the save that kept a copy: the reader's claim page then has a new link to show.</summary>
    public bool CopyJustKept => Copy is { } copy && copy.FetchedAt == UpdatedAt;
}
