using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Assignments;
using Marten;

namespace ClaimTrack.Web.Features.Desk.Assignments;

/// <summary>
/// The people a claim can be assigned to, read from the stored accounts each time: an open page's list may be minutes
/// old, so the people an assignment names are looked up again just before it runs (<see cref="AsStoredAsync"/>).
/// </summary>
public sealed class AssignablePeople(IDocumentStore store)
{
    /// <summary>Everyone with a role whom an Admin has not locked, by name: the choices the assignment editor offers.</summary>
    public async Task<IReadOnlyList<Assignee>> ActiveAsync(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var people = await session.Query<DeskUser>().OrderBy(u => u.DisplayName).ToListAsync(ct);
        return [.. people.Select(AsAssignee).Where(p => p.Role is not null)];
    }

    /// <summary>The command with every person it names as their account stands now; other commands as they are.</summary>
    public async Task<object> AsStoredAsync(object command, CancellationToken ct = default)
    {
        if (command is not AssignClaim assign) return command;
        var ids = new[] { assign.Owner?.UserId, assign.Reviewer?.UserId }.OfType<string>().Distinct().ToArray();
        if (ids.Length == 0) return command;
        await using var session = store.QuerySession();
        var stored = (await session.LoadManyAsync<DeskUser>(ct, ids)).ToDictionary(u => u.Id, AsAssignee);
        Assignee? Now(Assignee? named) =>
            named is null ? null : stored.GetValueOrDefault(named.UserId) ?? named with { Role = null };
        return assign with { Owner = Now(assign.Owner), Reviewer = Now(assign.Reviewer) };
    }

    /// <summary>A person's highest role, none when an Admin locked them: what the Claims core judges them by.</summary>
    public static Assignee AsAssignee(DeskUser user) => new(user.Id, user.DisplayName, user.LockedByAdmin() ? null : Highest(user.Roles));

    private static NewsroomRole? Highest(IEnumerable<string> roles) =>
        roles.Select(r => Enum.TryParse<NewsroomRole>(r, out var role) && Enum.IsDefined(role) ? role : (NewsroomRole?)null)
            .Max();
}
