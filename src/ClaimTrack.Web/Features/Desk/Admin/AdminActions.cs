using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Editing;
using ClaimTrack.Web.Features.Claims.Ratings;
using ClaimTrack.Web.Features.Claims.Writing;
using ClaimTrack.Web.Infrastructure.Nodes;
using Marten;
using Microsoft.AspNetCore.Identity;
using ClaimsPrincipal = System.Security.Claims.ClaimsPrincipal;

namespace ClaimTrack.Web.Features.Desk.Admin;

/// <summary>What only Admins do: keep the rating scale and merge duplicate claimants and topics.</summary>
public sealed class AdminActions(
    IDocumentStore store, ClaimWriter writer, RatingScales scales, DeskPeople people, IServiceScopeFactory scopes, AdvisoryLocks locks)
{
    public const string LastAdmin = "The desk needs at least one Admin: make another person Admin first.";

    /// <summary>The lock under which a change that can take an Admin away checks who else is Admin, then saves.</summary>
    public const long AdminChangesLock = 2015_12_06_0002;

    /// <summary>Gives a person one role. A new security stamp ends their cookies and open pages' sign-in at once.</summary>
    public async Task SetRoleAsync(ClaimsPrincipal user, string personId, string role)
    {
        await DemandAsync(user);
        if (!DeskRoles.All.Contains(role)) throw new DeskActionForbidden("NoSuchRole", $"There is no role called {role}.", role);
        await WithPersonAsync(personId, async (users, person) =>
        {
            if (role != DeskRoles.Admin) await RefuseLastAdminAsync(users, person);
            person.Roles = [role];
            await users.UpdateSecurityStampAsync(person); // saves the person too
        });
    }

    /// <summary>Locks a person out until an Admin unlocks them; their cookies and open pages stop working at once.</summary>
    public async Task LockAsync(ClaimsPrincipal user, string personId)
    {
        await DemandAsync(user);
        await WithPersonAsync(personId, async (users, person) =>
        {
            await RefuseLastAdminAsync(users, person);
            await users.SetLockoutEnabledAsync(person, true);
            await users.SetLockoutEndDateAsync(person, DateTimeOffset.MaxValue);
            await users.UpdateSecurityStampAsync(person);
        });
    }

    public async Task UnlockAsync(ClaimsPrincipal user, string personId)
    {
        await DemandAsync(user);
        await WithPersonAsync(personId, async (users, person) =>
        {
            await users.SetLockoutEndDateAsync(person, null);
            await users.ResetAccessFailedCountAsync(person);
        });
    }

    /// <summary>Adds a person with a first password; Identity's password and email rules apply.</summary>
    public async Task AddPersonAsync(ClaimsPrincipal user, string name, string email, string password, string role)
    {
        await DemandAsync(user);
        if (name.Length == 0) throw new ClaimInputInvalid(new Dictionary<string, string[]> { ["Name"] = ["Give the person's name."] });
        if (!DeskRoles.All.Contains(role)) throw new DeskActionForbidden("NoSuchRole", $"There is no role called {role}.", role);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DeskUser>>();
        var result = await users.CreateAsync(new DeskUser { UserName = email, Email = email, DisplayName = name, Roles = [role] }, password);
        if (!result.Succeeded)
            throw new ClaimInputInvalid(new Dictionary<string, string[]> { ["Person"] = [.. result.Errors.Select(e => e.Description)] });
    }

    // Two Admins demoting each other at the same moment would each see the other still Admin and both succeed: the
    // person is read, checked and saved under one lock, on whichever node each works.
    private async Task WithPersonAsync(string personId, Func<UserManager<DeskUser>, DeskUser, Task> change)
    {
        await using var held = await locks.HoldAsync(AdminChangesLock, "admin change");
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DeskUser>>();
        var person = await users.FindByIdAsync(personId) ?? throw new DeskActionForbidden("There is no such person.");
        await change(users, person);
    }

    // Demoting or locking the only Admin who can still sign in would leave no one to manage people or the scale.
    // A newsroom has tens of people, not thousands: read them all and count in memory.
    private async Task RefuseLastAdminAsync(UserManager<DeskUser> users, DeskUser person)
    {
        if (!person.Roles.Contains(DeskRoles.Admin)) return;
        IReadOnlyList<DeskUser> everyone;
        await using (var session = store.QuerySession()) everyone = await session.Query<DeskUser>().ToListAsync();
        var others = 0;
        foreach (var admin in everyone.Where(u => u.Id != person.Id && u.Roles.Contains(DeskRoles.Admin)))
            if (!await users.IsLockedOutAsync(admin)) others++;
        if (others == 0) throw new DeskActionForbidden(LastAdmin);
    }

    /// <summary>
    /// Saves the edited scale over the version the Admin loaded (<see cref="RatingScale.Version"/>); each change goes
    /// into the scale's log. Ratings are never removed, only retired: published verdicts keep their meaning.
    /// </summary>
    public async Task<RatingScale> SaveScaleAsync(ClaimsPrincipal user, RatingScale edited)
    {
        await DemandAsync(user);
        return await scales.ChangeAsync(edited.Version, (current, at) => ScaleEdits.Revise(current, edited, user.ToActor(), at));
    }

    /// <summary>Adds a rating to the scale the Admin saw; its key is made from the label.</summary>
    public async Task<RatingScale> AddRatingAsync(ClaimsPrincipal user, Guid seenVersion, NewRating rating)
    {
        await DemandAsync(user);
        return await scales.ChangeAsync(seenVersion, (current, at) => ScaleEdits.Add(current, rating, user.ToActor(), at));
    }

    /// <summary>Moves every claim of one claimant to another (a duplicate made by a typo); each claim records the change.</summary>
    /// <returns>How many claims moved.</returns>
    public async Task<int> MergeClaimantAsync(ClaimsPrincipal user, string duplicateSlug, Claimant into)
    {
        await DemandAsync(user);
        return await ChangeEachAsync(user, c => c.Claimant.Slug == duplicateSlug, claim => Edit(claim, into, claim.Topics));
    }

    /// <summary>Renames a claimant on each of their claims, keeping kind and affiliation; each claim records the change.</summary>
    public async Task<int> RenameClaimantAsync(ClaimsPrincipal user, string slug, string newName)
    {
        await DemandAsync(user);
        return await ChangeEachAsync(user, c => c.Claimant.Slug == slug, claim => Edit(claim, claim.Claimant with { Name = newName }, claim.Topics));
    }

    /// <summary>Replaces a topic by another on every claim that has it.</summary>
    public async Task<int> MergeTopicAsync(ClaimsPrincipal user, string duplicate, string into)
    {
        await DemandAsync(user);
        return await ChangeEachAsync(user, c => c.Topics.Contains(duplicate),
            claim => Edit(claim, claim.Claimant, [.. claim.Topics.Where(t => t != duplicate).Append(into).Distinct()]));
    }

    private async Task<int> ChangeEachAsync(ClaimsPrincipal user, System.Linq.Expressions.Expression<Func<Claim, bool>> which, Func<Claim, EditClaim> edit)
    {
        IReadOnlyList<Claim> claims;
        await using (var session = store.QuerySession()) claims = await session.Query<Claim>().Where(which).ToListAsync();
        foreach (var claim in claims)
        {
            try
            {
                await writer.ExecuteAsync(claim.Id, claim.Version, edit(claim), user.ToActor());
            }
            catch (ClaimEditConflict)
            {
                // Someone saved the claim meanwhile: apply the merge to their version rather than skip it.
                await using var session = store.QuerySession();
                var fresh = await session.LoadAsync<Claim>(claim.Id);
                await writer.ExecuteAsync(claim.Id, fresh!.Version, edit(fresh), user.ToActor());
            }
        }
        return claims.Count;
    }

    private static EditClaim Edit(Claim claim, Claimant claimant, IReadOnlyList<string> topics) => new(
        claim.Statement, claim.IsVerbatimQuote, claimant.Name, claimant.Kind, claimant.Affiliation, claim.Context, topics, claim.Language);

    // The roles stored now, not the principal's: a demoted Admin's open page can do nothing here.
    private async Task DemandAsync(ClaimsPrincipal user)
    {
        if (!(await people.CurrentRolesAsync(user)).Contains(DeskRoles.Admin))
            throw new DeskActionForbidden("Your role does not allow this: it needs the Admin role.");
    }
}
