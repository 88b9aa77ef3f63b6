using System.Text.RegularExpressions;
using ClaimTrack.Web.Features.Claims;

namespace ClaimTrack.Web.Features.Desk.Notes;

/// <summary>
/// A desk member as a note can name them. Sign-in names are email addresses, so the handle is the part before the @
/// ("@rosa" for rosa@newsroom.org); when two people share it, each is named by the whole address instead.
/// </summary>
public sealed record DeskPerson(string UserId, string Name, string UserName, string Handle, string? Email, IReadOnlyList<string> Roles)
{
    public Actor Actor => new(UserId, Name);

    /// <summary>The desk language the person chose in their profile (null: the newsroom's first); their mail is in it.</summary>
    public string? Language { get; init; }
}

/// <summary>Finds the @mentions in a note and matches them to desk members, without I/O.</summary>
public static partial class Mentions
{
    // Not after a letter or digit, so "rosa@newsroom.org" typed as an address is no mention; a trailing dot or dash is
    // the sentence's, not the name's ("thanks @rosa.").
    [GeneratedRegex(@"(?<![\p{L}\p{N}_.@-])@([\p{L}\p{N}_](?:[\p{L}\p{N}_.+-]*[\p{L}\p{N}_])?(?:@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*)?)")]
    private static partial Regex Pattern();

    /// <summary>The handles written in the text, in order, each once.</summary>
    public static IReadOnlyList<string> Written(string text) =>
        [.. Pattern().Matches(text).Select(m => m.Groups[1].Value).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>The people the text names, and the handles that name nobody.</summary>
    public static (IReadOnlyList<Actor> People, IReadOnlyList<string> Unknown) Resolve(string text, IReadOnlyList<DeskPerson> desk)
    {
        var people = new List<Actor>();
        var unknown = new List<string>();
        foreach (var handle in Written(text))
        {
            var person = desk.FirstOrDefault(p => string.Equals(p.Handle, handle, StringComparison.OrdinalIgnoreCase))
                ?? desk.FirstOrDefault(p => string.Equals(p.UserName, handle, StringComparison.OrdinalIgnoreCase));
            if (person is null) unknown.Add(handle);
            else if (!people.Any(a => a.UserId == person.UserId)) people.Add(person.Actor);
        }
        return (people, unknown);
    }

    /// <summary>Handles for everyone on the desk: the short one unless another person has the same.</summary>
    public static IReadOnlyList<DeskPerson> WithHandles(IEnumerable<(string UserId, string Name, string UserName, string? Email, IReadOnlyList<string> Roles)> people)
    {
        var list = people.ToList();
        var shortCounts = list.GroupBy(p => Short(p.UserName), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        return [.. list.Select(p => new DeskPerson(p.UserId, p.Name, p.UserName, shortCounts[Short(p.UserName)] == 1 ? Short(p.UserName) : p.UserName, p.Email, p.Roles))];
    }

    private static string Short(string userName) => userName.Split('@')[0];
}
