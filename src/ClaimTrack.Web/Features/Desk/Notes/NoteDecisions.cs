using ClaimTrack.Web.Features.Claims;

namespace ClaimTrack.Web.Features.Desk.Notes;

public sealed record AddNote(Guid NoteId, string Text);

public sealed record EditNote(Guid NoteId, string Text);

public sealed record DeleteNote(Guid NoteId);

/// <summary>
/// The rules of a claim's discussion, without I/O. Anyone on the desk may write a note; only its author may change or
/// delete it, and only for <see cref="EditWindow"/> after writing it: long enough to fix a typo or a wrong mention,
/// short enough that nobody rewrites a discussion others have answered. Every change is recorded.
/// </summary>
public static class NoteDecisions
{
    public const string Field = "Note";
    public const int MaxLength = 4000;
    public const int MaxMentions = 20;
    public static readonly TimeSpan EditWindow = TimeSpan.FromMinutes(15);

    public static IReadOnlyList<object> Add(ClaimNotes? notes, Guid claimId, AddNote command, IReadOnlyList<DeskPerson> desk, Actor by, DateTimeOffset now)
    {
        // The note id is made when the form opens: a retry of a save whose answer was lost finds it saved.
        if (notes?.Find(command.NoteId) is { } saved) return saved.By.UserId == by.UserId ? [] : throw new ClaimRuleBroken("That note id is taken.");
        var (text, mentions) = Checked(command.Text, desk);
        return [new NoteAdded(claimId, command.NoteId, text, mentions, by, now)];
    }

    public static IReadOnlyList<object> Edit(ClaimNotes? notes, EditNote command, IReadOnlyList<DeskPerson> desk, Actor by, DateTimeOffset now)
    {
        var note = Changeable(notes, command.NoteId, by, now, "edit");
        var (text, mentions) = Checked(command.Text, desk);
        if (text == note.Text) return [];
        var before = note.Mentions.Select(m => m.UserId).ToHashSet();
        return [new NoteEdited(notes!.ClaimId, note.Id, text, mentions, [.. mentions.Where(m => !before.Contains(m.UserId))], note.Text, by, now)];
    }

    public static IReadOnlyList<object> Delete(ClaimNotes? notes, DeleteNote command, Actor by, DateTimeOffset now)
    {
        var note = Changeable(notes, command.NoteId, by, now, "delete");
        return [new NoteDeleted(notes!.ClaimId, note.Id, by, now)];
    }

    /// <summary>Whether the desk offers the author to edit or delete the note now (the decision checks again on save).</summary>
    public static bool CanChange(Note note, string userId, DateTimeOffset now) =>
        !note.Deleted && note.By.UserId == userId && now - note.At <= EditWindow;

    private static Note Changeable(ClaimNotes? notes, Guid noteId, Actor by, DateTimeOffset now, string verb)
    {
        var note = notes?.Find(noteId) ?? throw new ClaimRuleBroken("There is no such note on this claim.");
        if (note.Deleted) throw new ClaimRuleBroken("This note was deleted.");
        if (note.By.UserId != by.UserId) throw new ClaimRuleBroken("NoteOnlyAuthor", $"Only {note.By.Name}, who wrote this note, may {verb} it.", note.By.Name);
        if (now - note.At > EditWindow)
            throw new ClaimRuleBroken("NoteEditWindow", $"A note can be changed for {EditWindow.TotalMinutes:0} minutes after it is written; write a new note instead.", EditWindow.TotalMinutes);
        return note;
    }

    private static (string Text, IReadOnlyList<Actor> Mentions) Checked(string? typed, IReadOnlyList<DeskPerson> desk)
    {
        var text = (typed ?? "").Trim();
        if (text.Length == 0) throw Invalid("Write something before saving the note.");
        if (text.Length > MaxLength) throw Invalid($"A note can be at most {MaxLength:N0} characters; this one has {text.Length:N0}.");
        if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'))) throw Invalid("The note contains control characters; remove them.");
        var (people, unknown) = Mentions.Resolve(text, desk);
        if (unknown.Count > 0)
            throw Invalid($"Nobody on the desk is called {string.Join(", ", unknown.Select(u => "@" + u))}: pick a name from the list, or remove the @.");
        if (people.Count > MaxMentions) throw Invalid($"A note can mention at most {MaxMentions} people.");
        return (text, people);
    }

    private static ClaimInputInvalid Invalid(string message) => new(new Dictionary<string, string[]> { [Field] = [message] });
}
