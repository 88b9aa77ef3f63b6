using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Accounts;

/// <summary>Creates the configured first Admin and the accounts other features ask for (<see cref="IStartingAccounts"/>).</summary>
public sealed class DeskAccountsSeeder(
    IServiceScopeFactory scopes, IOptions<FirstAdminOptions> admin, IEnumerable<IStartingAccounts> contributed, ILogger<DeskAccountsSeeder> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DeskUser>>();
        if (admin.Value is { Email: { Length: > 0 } email, Password: { Length: > 0 } password })
            await EnsureAsync(users, new StartingAccount(Guid.NewGuid().ToString("N"), email, admin.Value.Name ?? email, password, [DeskRoles.Admin]));
        foreach (var account in contributed.SelectMany(c => c.Accounts)) await EnsureAsync(users, account);
    }

    private async Task EnsureAsync(UserManager<DeskUser> users, StartingAccount account)
    {
        if (await users.FindByEmailAsync(account.Email) is not null) return;
        var user = new DeskUser
        {
            Id = account.Id,
            UserName = account.Email,
            Email = account.Email,
            DisplayName = account.Name,
            Roles = [.. account.Roles],
        };
        var result = await users.CreateAsync(user, account.Password);
        if (!result.Succeeded)
            logger.LogWarning("Could not create the account {Email}: {Errors}", account.Email, string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
