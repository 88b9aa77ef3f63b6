using ClaimTrack.Web.Features.Accounts;

namespace ClaimTrack.Web.Features.DemoNewsroom;

/// <summary>One demo account per role: the same people as the demo newsroom's staff, so their names match the history.</summary>
public sealed class DemoAccounts : IStartingAccounts
{
    public const string Password = "newsroom-demo-2015";

    public IReadOnlyList<StartingAccount> Accounts { get; } =
    [
        new(DemoStaff.Reporter.UserId, "reporter@demo.claimtrack", DemoStaff.Reporter.Name, Password, [DeskRoles.Reporter]),
        new(DemoStaff.Editor.UserId, "editor@demo.claimtrack", DemoStaff.Editor.Name, Password, [DeskRoles.Editor]),
        new(DemoStaff.SecondEditor.UserId, "editor2@demo.claimtrack", DemoStaff.SecondEditor.Name, Password, [DeskRoles.Editor]),
        new("demo-admin", "admin@demo.claimtrack", "Ada Admin", Password, [DeskRoles.Admin]),
    ];

    public string? ListedOnSignInAs => "Demo accounts";
}
