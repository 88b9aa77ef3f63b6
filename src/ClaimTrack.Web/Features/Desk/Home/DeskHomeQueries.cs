using ClaimTrack.Web.Features.Claims;
using Marten;

namespace ClaimTrack.Web.Features.Desk.Home;

/// <summary>The claim lists of one person's desk home. Each is capped: a home is a to-do list, the grid has the rest.</summary>
public sealed record DeskToday(IReadOnlyList<Claim> Assigned, IReadOnlyList<Claim> DueToday, IReadOnlyList<Claim> WaitingForMe, DateOnly Day);

public sealed class DeskHomeQueries(IDocumentStore store, NewsroomTime time, TimeProvider clock)
{
    public const int ListSize = 50;

    public async Task<DeskToday> ForAsync(string personId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        // "Today" is the newsroom's day, as due dates are: a due day ends at midnight in the newsroom's zone.
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, time.Zone).DateTime);
        var (dayStart, dayEnd) = (time.StartOf(today), time.StartOf(today.AddDays(1)));
        await using var session = store.QuerySession();
        var claims = session.Query<Claim>();

        // Earliest deadline first, so the overdue ones lead; claims with no due date follow (PostgreSQL sorts nulls last).
        var assigned = await DeskFocusQueries.Open(DeskFocusQueries.OwnedBy(claims, personId))
            .OrderBy(c => c.DueBy).ThenByDescending(c => c.UpdatedAt).Take(ListSize).ToListAsync(ct);
        // The whole desk's, not only the person's: an Editor planning the day needs to see what else is due.
        var dueToday = await DeskFocusQueries.Open(claims).Where(c => c.DueBy > dayStart && c.DueBy <= dayEnd)
            .OrderBy(c => c.UpdatedAt).Take(ListSize).ToListAsync(ct);
        var waiting = await DeskFocusQueries.WaitingFor(claims, personId)
            .OrderBy(c => c.UpdatedAt).Take(ListSize).ToListAsync(ct);
        // Most urgent first, sorted here: priorities are stored by name, which the database would sort alphabetically.
        return new DeskToday(assigned, [.. dueToday.OrderByDescending(c => c.Priority)], waiting, today);
    }
}
