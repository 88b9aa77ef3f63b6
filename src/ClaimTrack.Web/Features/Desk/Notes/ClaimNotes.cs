using ClaimTrack.Web.Features.Claims;

namespace ClaimTrack.Web.Features.Desk.Notes;

/// <summary>
/// A claim's internal discussion: the write model its decisions judge, kept by Marten as an inline snapshot of the
/// discussion's own stream, so the workspace reads it by id without replaying anything.
/// </summary>
public sealed class ClaimNotes
{
    public Guid Id { get; set; }
    public Guid ClaimId { get; set; }
    public long Version { get; set; }
    public List<Note> Notes { get; set; } = [];

    /// <summary>The discussion's stream id: derived from the claim's, so it needs no lookup, and never equal to it.</summary>
    public static Guid StreamFor(Guid claimId) => StableGuid.From($"claim-notes/{claimId:N}");

    public Note? Find(Guid noteId) => Notes.Find(n => n.Id == noteId);

    public static ClaimNotes Create(NoteAdded e) => new ClaimNotes { Id = StreamFor(e.ClaimId), ClaimId = e.ClaimId }.Apply(e);

    public ClaimNotes Apply(NoteAdded e)
    {
        Notes.Add(new Note(e.NoteId, e.Text, [.. e.Mentions], e.By, e.At));
        return this;
    }

    public ClaimNotes Apply(NoteEdited e)
    {
        var i = Notes.FindIndex(n => n.Id == e.NoteId);
        if (i >= 0) Notes[i] = Notes[i] with { Text = e.Text, Mentions = [.. e.Mentions], EditedAt = e.At };
        return this;
    }

    public ClaimNotes Apply(NoteDeleted e)
    {
        var i = Notes.FindIndex(n => n.Id == e.NoteId);
        if (i >= 0) Notes[i] = Notes[i] with { Text = "", Mentions = [], DeletedAt = e.At, DeletedBy = e.By };
        return this;
    }
}

/// <summary>One note as the desk shows it. A deleted note keeps its place (and its author) with no text.</summary>
public sealed record Note(
    Guid Id, string Text, IReadOnlyList<Actor> Mentions, Actor By, DateTimeOffset At,
    DateTimeOffset? EditedAt = null, DateTimeOffset? DeletedAt = null, Actor? DeletedBy = null)
{
    public bool Deleted => DeletedAt is not null;
}
