// Parameter names are shortened (ct) to keep this long, mechanical interface readable.
#pragma warning disable CA1725
using Marten;
using Microsoft.AspNetCore.Identity;

namespace ClaimTrack.Web.Features.Accounts;

/// <summary>ASP.NET Core Identity's user store over Marten: one short session per operation, no EF Core.</summary>
public sealed class MartenUserStore(IDocumentStore store) :
    IUserPasswordStore<DeskUser>, IUserRoleStore<DeskUser>, IUserSecurityStampStore<DeskUser>,
    IUserLockoutStore<DeskUser>, IUserEmailStore<DeskUser>
{
    public async Task<IdentityResult> CreateAsync(DeskUser user, CancellationToken ct) => await SaveAsync(user, ct);
    public async Task<IdentityResult> UpdateAsync(DeskUser user, CancellationToken ct) => await SaveAsync(user, ct);

    public async Task<IdentityResult> DeleteAsync(DeskUser user, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        session.Delete(user);
        await session.SaveChangesAsync(ct);
        return IdentityResult.Success;
    }

    public async Task<DeskUser?> FindByIdAsync(string userId, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<DeskUser>(userId, ct);
    }

    public async Task<DeskUser?> FindByNameAsync(string normalizedUserName, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.Query<DeskUser>().FirstOrDefaultAsync(u => u.NormalizedUserName == normalizedUserName, ct);
    }

    public async Task<DeskUser?> FindByEmailAsync(string normalizedEmail, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.Query<DeskUser>().FirstOrDefaultAsync(u => u.NormalizedEmail == normalizedEmail, ct);
    }

    public async Task<IList<DeskUser>> GetUsersInRoleAsync(string roleName, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var role = Canonical(roleName);
        return [.. await session.Query<DeskUser>().Where(u => u.Roles.Contains(role)).ToListAsync(ct)];
    }

    // UserManager hands role names to the store normalized ("ADMIN"); people's documents keep the role's own name.
    private static string Canonical(string roleName) =>
        DeskRoles.All.FirstOrDefault(r => string.Equals(r, roleName, StringComparison.OrdinalIgnoreCase)) ?? roleName;

    private async Task<IdentityResult> SaveAsync(DeskUser user, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        session.Store(user);
        await session.SaveChangesAsync(ct);
        return IdentityResult.Success;
    }

    // The rest reads and writes the document in memory; UserManager saves it through UpdateAsync.
    public Task<string> GetUserIdAsync(DeskUser user, CancellationToken ct) => Task.FromResult(user.Id);
    public Task<string?> GetUserNameAsync(DeskUser user, CancellationToken ct) => Task.FromResult<string?>(user.UserName);
    public Task SetUserNameAsync(DeskUser user, string? userName, CancellationToken ct) => Set(() => user.UserName = userName ?? "");
    public Task<string?> GetNormalizedUserNameAsync(DeskUser user, CancellationToken ct) => Task.FromResult<string?>(user.NormalizedUserName);
    public Task SetNormalizedUserNameAsync(DeskUser user, string? name, CancellationToken ct) => Set(() => user.NormalizedUserName = name ?? "");
    public Task SetPasswordHashAsync(DeskUser user, string? passwordHash, CancellationToken ct) => Set(() => user.PasswordHash = passwordHash);
    public Task<string?> GetPasswordHashAsync(DeskUser user, CancellationToken ct) => Task.FromResult(user.PasswordHash);
    public Task<bool> HasPasswordAsync(DeskUser user, CancellationToken ct) => Task.FromResult(user.PasswordHash is not null);
    public Task AddToRoleAsync(DeskUser user, string roleName, CancellationToken ct) => Set(() => { if (!user.Roles.Contains(Canonical(roleName))) user.Roles.Add(Canonical(roleName)); });
    public Task RemoveFromRoleAsync(DeskUser user, string roleName, CancellationToken ct) => Set(() => user.Roles.Remove(Canonical(roleName)));
    public Task<IList<string>> GetRolesAsync(DeskUser user, CancellationToken ct) => Task.FromResult<IList<string>>([.. user.Roles]);
    public Task<bool> IsInRoleAsync(DeskUser user, string roleName, CancellationToken ct) => Task.FromResult(user.Roles.Contains(Canonical(roleName)));
    public Task SetSecurityStampAsync(DeskUser user, string stamp, CancellationToken ct) => Set(() => user.SecurityStamp = stamp);
    public Task<string?> GetSecurityStampAsync(DeskUser user, CancellationToken ct) => Task.FromResult<string?>(user.SecurityStamp);
    public Task<DateTimeOffset?> GetLockoutEndDateAsync(DeskUser user, CancellationToken ct) => Task.FromResult(user.LockoutEnd);
    public Task SetLockoutEndDateAsync(DeskUser user, DateTimeOffset? lockoutEnd, CancellationToken ct) => Set(() => user.LockoutEnd = lockoutEnd);
    public Task<int> IncrementAccessFailedCountAsync(DeskUser user, CancellationToken ct) => Task.FromResult(++user.AccessFailedCount);
    public Task ResetAccessFailedCountAsync(DeskUser user, CancellationToken ct) => Set(() => user.AccessFailedCount = 0);
    public Task<int> GetAccessFailedCountAsync(DeskUser user, CancellationToken ct) => Task.FromResult(user.AccessFailedCount);
    public Task<bool> GetLockoutEnabledAsync(DeskUser user, CancellationToken ct) => Task.FromResult(user.LockoutEnabled);
    public Task SetLockoutEnabledAsync(DeskUser user, bool enabled, CancellationToken ct) => Set(() => user.LockoutEnabled = enabled);
    public Task SetEmailAsync(DeskUser user, string? email, CancellationToken ct) => Set(() => user.Email = email ?? "");
    public Task<string?> GetEmailAsync(DeskUser user, CancellationToken ct) => Task.FromResult<string?>(user.Email);
    public Task<bool> GetEmailConfirmedAsync(DeskUser user, CancellationToken ct) => Task.FromResult(true);
    public Task SetEmailConfirmedAsync(DeskUser user, bool confirmed, CancellationToken ct) => Task.CompletedTask;
    public Task<string?> GetNormalizedEmailAsync(DeskUser user, CancellationToken ct) => Task.FromResult<string?>(user.NormalizedEmail);
    public Task SetNormalizedEmailAsync(DeskUser user, string? email, CancellationToken ct) => Set(() => user.NormalizedEmail = email ?? "");

    private static Task Set(Action change) { change(); return Task.CompletedTask; }

    public void Dispose() { }
}
