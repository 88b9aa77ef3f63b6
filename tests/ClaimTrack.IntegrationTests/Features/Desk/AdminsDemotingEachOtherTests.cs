using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Desk;
using ClaimTrack.Web.Features.Desk.Admin;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.Desk;

/// <summary>
/// Issue 13: two Admins demoting each other at the same moment each saw the other still Admin, and the desk was left
/// with none. A database of its own: the rule counts every Admin in it.
/// </summary>
public sealed class AdminsDemotingEachOtherTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>
{
    private AdminActions Admin => db.App.Services.GetRequiredService<AdminActions>();

    [Fact]
    public async Task Two_admins_demoting_each_other_at_once_leave_one_admin()
    {
        for (var round = 0; round < 5; round++)
        {
            var first = await DeskStaff.NewAsync(db.App, DeskRoles.Admin);
            var second = await DeskStaff.NewAsync(db.App, DeskRoles.Admin);
            // The last round's Admin is locked out, so these two are the only Admins who can sign in.
            foreach (var earlier in await AdminsWhoCanSignInAsync())
                if (earlier != DeskStaff.IdOf(first) && earlier != DeskStaff.IdOf(second)) await Admin.LockAsync(first, earlier);

            var outcomes = await Task.WhenAll(
                DeskOutcome.Of(() => Admin.SetRoleAsync(first, DeskStaff.IdOf(second), DeskRoles.Editor)),
                DeskOutcome.Of(() => Admin.SetRoleAsync(second, DeskStaff.IdOf(first), DeskRoles.Editor)));

            outcomes.Count(o => o.IsSaved).ShouldBe(1, $"round {round}: {string.Join(" / ", outcomes.Select(o => o.Message))}");
            outcomes.Single(o => !o.IsSaved).Kind.ShouldBe(DeskOutcomeKind.Refused);
            (await AdminsWhoCanSignInAsync()).Count.ShouldBe(1, $"round {round}");
        }
    }

    private async Task<List<string>> AdminsWhoCanSignInAsync()
    {
        await using var session = db.App.Store.QuerySession();
        var everyone = await session.Query<DeskUser>().ToListAsync();
        return [.. everyone.Where(u => u.Roles.Contains(DeskRoles.Admin) && !(u.LockoutEnd > DateTimeOffset.UtcNow)).Select(u => u.Id)];
    }
}
