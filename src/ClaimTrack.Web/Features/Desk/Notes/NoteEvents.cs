using ClaimTrack.Web.Features.Claims;

namespace ClaimTrack.Web.Features.Desk.Notes;

// The events of a claim's discussion. They live on a stream of their own (ClaimNotes.StreamFor), never on the claim's:
// a note must not move the claim's version (an editor's open verdict would meet a conflict because a colleague
// chatted), and no reader projection, feed, export or webhook ever reads this stream, so a note cannot leak through one.

/// <summary>Mentions are resolved when the note is saved: the people as they were named then, by account id.</summary>
public sealed record NoteAdded(Guid ClaimId, Guid NoteId, string Text, IReadOnlyList<Actor> Mentions, Actor By, DateTimeOffset At);

/// <summary>NewlyMentioned: the people this edit names who were not named before (only they are notified).</summary>
public sealed record NoteEdited(
    Guid ClaimId, Guid NoteId, string Text, IReadOnlyList<Actor> Mentions, IReadOnlyList<Actor> NewlyMentioned, string PreviousText,
    Actor By, DateTimeOffset At);

/// <summary>The desk stops showing the note; the stream keeps what it said (the history is never rewritten).</summary>
public sealed record NoteDeleted(Guid ClaimId, Guid NoteId, Actor By, DateTimeOffset At);
