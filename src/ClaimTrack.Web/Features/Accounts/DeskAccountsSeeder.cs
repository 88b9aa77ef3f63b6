using ClaimTrack.Web.Features.DemoNewsroom;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Accounts;

/// <summary>Creates the configured first Admin and, with the demo newsroom, one demo account per role.</summary>
public sealed class DeskAccountsSeeder(
    IServiceScopeFactory scopes, IOptions<FirstAdminOptions> admin, IOptions<DemoNewsroomOptions> demo, ILogger<DeskAccountsSeeder> logger)
    : IHostedService
{
    public const string DemoPassword = "newsroom-demo-2015";

    /// <summary>The demo accounts: the same people as the demo newsroom's staff, so their names match the history.</summary>
    public static readonly (string Id, string Email, string Name, string[] Roles)[] DemoAccounts =
    [
        (DemoStaff.Reporter.UserId, "reporter@demo.claimtrack", DemoStaff.Reporter.Name, [DeskRoles.Reporter]),
        (DemoStaff.Editor.UserId, "editor@demo.claimtrack", DemoStaff.Editor.Name, [DeskRoles.Editor]),
        (DemoStaff.SecondEditor.UserId, "editor2@demo.claimtrack", DemoStaff.SecondEditor.Name, [DeskRoles.Editor]),
        ("demo-admin", "admin@demo.claimtrack", "Ada Admin", [DeskRoles.Admin]),
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DeskUser>>();
        if (admin.Value is { Email: { Length: > 0 } email, Password: { Length: > 0 } password })
            await EnsureAsync(users, Guid.NewGuid().ToString("N"), email, admin.Value.Name ?? email, password, [DeskRoles.Admin]);
        if (demo.Value.Enabled)
            foreach (var (id, demoEmail, name, roles) in DemoAccounts) await EnsureAsync(users, id, demoEmail, name, DemoPassword, roles);
    }

    private async Task EnsureAsync(UserManager<DeskUser> users, string id, string email, string name, string password, string[] roles)
    {
        if (await users.FindByEmailAsync(email) is not null) return;
        var user = new DeskUser { Id = id, UserName = email, Email = email, DisplayName = name, Roles = [.. roles] };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
            logger.LogWarning("Could not create the account {Email}: {Errors}", email, string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
