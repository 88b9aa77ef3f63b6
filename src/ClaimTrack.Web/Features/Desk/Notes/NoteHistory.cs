using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Writing;

namespace ClaimTrack.Web.Features.Desk.Notes;

/// <summary>A discussion's events in the claim history's words ("Rosa Díaz added a note ..."); the text stays in the notes panel.</summary>
public static class NoteHistory
{
    public static FormattableString? Words(object @event) => @event switch
    {
        NoteAdded e => $"{e.By.Name} added a note{Naming(e.Mentions)} at {e.At:u}",
        NoteEdited e => $"{e.By.Name} edited a note{Naming(e.NewlyMentioned)} at {e.At:u}",
        NoteDeleted e => $"{e.By.Name} deleted a note at {e.At:u}",
        _ => null,
    };

    private static FormattableString Naming(IReadOnlyList<Actor> people) =>
        people.Count == 0 ? Phrases.None : $" mentioning {string.Join(", ", people.Select(p => p.Name))}";
}
