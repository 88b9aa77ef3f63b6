namespace ClaimTrack.Web.Features.Accounts;

/// <summary>A desk account another feature needs at start-up, created once if no account has its email.</summary>
public sealed record StartingAccount(string Id, string Email, string Name, string Password, IReadOnlyList<string> Roles);

/// <summary>
/// The hook through which another feature contributes accounts (the demo newsroom its staff): Accounts owns it, so it
/// knows nothing of the features that use it. Register an implementation as a singleton of this interface.
/// </summary>
public interface IStartingAccounts
{
    IReadOnlyList<StartingAccount> Accounts { get; }

    /// <summary>When set, the sign-in page lists these accounts under this heading, with their passwords: only for
    /// accounts that exist to be tried, such as a demo's.</summary>
    string? ListedOnSignInAs { get; }
}
