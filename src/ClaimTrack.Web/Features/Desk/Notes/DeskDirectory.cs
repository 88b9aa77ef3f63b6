using ClaimTrack.Web.Features.Accounts;
using Marten;

namespace ClaimTrack.Web.Features.Desk.Notes;

/// <summary>Everyone who can be mentioned or notified: the desk's accounts, less those an Admin has locked.</summary>
public static class DeskDirectory
{
    public static async Task<IReadOnlyList<DeskPerson>> LoadAsync(IQuerySession session, CancellationToken ct)
    {
        var users = (await session.Query<DeskUser>().ToListAsync(ct)).Where(u => !u.LockedByAdmin() && u.Roles.Count > 0)
            .OrderBy(u => u.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToList();
        var people = Mentions.WithHandles(users
            .Select(u => (u.Id, u.DisplayName.Length > 0 ? u.DisplayName : u.UserName, u.UserName, (string?)u.Email, (IReadOnlyList<string>)u.Roles)));
        var languages = users.ToDictionary(u => u.Id, u => u.Language);
        return [.. people.Select(person => person with { Language = languages[person.UserId] })];
    }
}
