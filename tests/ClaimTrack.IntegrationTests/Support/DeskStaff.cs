using System.Security.Claims;
using ClaimTrack.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Support;

/// <summary>
/// Real desk accounts for tests that call the desk's actions directly: the actions check the roles stored in the
/// database, so a principal made up in a test is refused. Each is the principal the sign-in cookie would carry.
/// </summary>
public static class DeskStaff
{
    /// <summary>The account with this id (created once, with these roles) and its principal.</summary>
    public static async Task<ClaimsPrincipal> PrincipalAsync(ClaimTrackApp app, string id, string name, params string[] roles)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DeskUser>>();
        var person = await users.FindByIdAsync(id);
        if (person is null)
        {
            var email = $"{id}-{Guid.NewGuid():N}@test.claimtrack";
            person = new DeskUser { Id = id, UserName = email, Email = email, DisplayName = name, Roles = [.. roles] };
            (await users.CreateAsync(person, DeskVisitor.Password)).Succeeded.ShouldBeTrue();
        }
        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<DeskUser>>().CreateAsync(person);
    }

    /// <summary>A new account with one role, and its principal.</summary>
    public static Task<ClaimsPrincipal> NewAsync(ClaimTrackApp app, string role, string? name = null) =>
        PrincipalAsync(app, $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}", name ?? $"Test {role}", role);

    public static string IdOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;
}
