namespace ClaimTrack.Web.Features.Claims.OtherFactChecks;

/// <summary>Why an item of an import was left out, in words an editor can act on.</summary>
public sealed record SkippedItem(string Item, string Reason);

/// <summary>One import an editor ran: who, when, from where, and what came of it (the desk lists the latest).</summary>
public sealed class ReviewImport
{
    public Guid Id { get; set; }
    public Actor By { get; set; } = null!;
    public DateTimeOffset At { get; set; }
    /// <summary>The address fetched, or the uploaded file's name.</summary>
    public string Source { get; set; } = "";
    public int New { get; set; }
    public int AlreadyKnown { get; set; }
    public int Matched { get; set; }
    public int Candidates { get; set; }
    public List<SkippedItem> Skipped { get; set; } = [];
}
