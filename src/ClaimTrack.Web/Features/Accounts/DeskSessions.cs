using System.Security.Claims;
using ClaimTrack.Web.Infrastructure.Postgres;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Accounts;

/// <summary>How often an open desk page checks its sign-in against the database (ClaimTrack:Desk:RevalidateSeconds).</summary>
public sealed class DeskSessionOptions
{
    public const string Section = "ClaimTrack:Desk";
    public int RevalidateSeconds { get; set; } = 30;
}

/// <summary>
/// The person behind a principal as the database has them now: a cookie or an open page carries the roles it was
/// issued with, so every action asks here instead. One short scope per question (callers are singletons).
/// </summary>
public sealed class DeskPeople(IServiceScopeFactory scopes)
{
    /// <summary>The person's stored roles; none when the account is gone, locked by an Admin, or the principal is anonymous.</summary>
    public async Task<IReadOnlyList<string>> CurrentRolesAsync(ClaimsPrincipal user)
    {
        var id = user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        if (id is null) return [];
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DeskUser>>();
        var person = await users.FindByIdAsync(id);
        if (person is null || person.LockedByAdmin()) return [];
        return [.. await users.GetRolesAsync(person)];
    }
}

/// <summary>
/// Open desk pages (circuits) keep the principal they started with; this compares its security stamp with the stored
/// one every few seconds, so a role change, a lock, a password change or a sign-out ends the page's sign-in
/// (as the ASP.NET Core Blazor template's IdentityRevalidatingAuthenticationStateProvider does).
/// </summary>
public sealed class DeskRevalidatingAuthenticationStateProvider(
    ILoggerFactory loggers, IServiceScopeFactory scopes, IOptions<IdentityOptions> identity, IOptions<DeskSessionOptions> sessions)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(Math.Max(1, sessions.Value.RevalidateSeconds));

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DeskUser>>();
        try
        {
            return await StampStillValidAsync(users, identity.Value, authenticationState.User);
        }
        catch (Exception e) when (DatabaseTrouble.IsTransient(e))
        {
            // A database that does not answer cannot say the sign-in ended. Signing the page out here (what the base
            // class does with an exception) would send the editor to the sign-in page and throw away what they typed;
            // nothing can be saved meanwhile anyway, and every action checks the stored roles again when it runs.
            return true;
        }
    }

    /// <summary>True while the principal's security stamp is the stored one and no Admin has locked the account.</summary>
    public static async Task<bool> StampStillValidAsync(UserManager<DeskUser> users, IdentityOptions identity, ClaimsPrincipal principal)
    {
        var person = await users.GetUserAsync(principal);
        if (person is null || person.LockedByAdmin()) return false;
        return principal.FindFirstValue(identity.ClaimsIdentity.SecurityStampClaimType) == await users.GetSecurityStampAsync(person);
    }
}
