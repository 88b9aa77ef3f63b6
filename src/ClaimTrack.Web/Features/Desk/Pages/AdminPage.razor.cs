using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.ReadModels;
using Marten;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace ClaimTrack.Web.Features.Desk.Pages;

public sealed partial class AdminPage
{
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = null!;
    private IReadOnlyList<DeskUser> people = [];
    private IReadOnlyList<ClaimantSummary> claimants = [];
    private string? newName, newEmail, newPassword, duplicate, target, duplicateTopic, targetTopic, renaming, newClaimantName;
    private string newRole = DeskRoles.Reporter;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        await using var session = Store.QuerySession();
        people = await session.Query<DeskUser>().OrderBy(u => u.DisplayName).ToListAsync();
        claimants = await session.Query<ClaimantSummary>().Where(c => c.ClaimCount > 0).OrderBy(c => c.Name).Take(500).ToListAsync();
    }

    // Each of these runs on the server with the Admin's stored role checked (AdminActions), whatever this page shows.
    private Task SetRoleAsync(DeskUser person, string role) => TryAsync(async user =>
    {
        await Admin.SetRoleAsync(user, person.Id, role);
        return T["Admin_RoleSet", person.DisplayName, T[RoleLabel(role)]];
    });

    private Task LockAsync(DeskUser person) => TryAsync(async user =>
    {
        await Admin.LockAsync(user, person.Id);
        return T["Admin_LockedOut", person.DisplayName];
    });

    private Task UnlockAsync(DeskUser person) => TryAsync(async user =>
    {
        await Admin.UnlockAsync(user, person.Id);
        return T["Admin_Unlocked", person.DisplayName];
    });

    private Task AddPersonAsync() => TryAsync(async user =>
    {
        var name = newName?.Trim() ?? "";
        await Admin.AddPersonAsync(user, name, newEmail?.Trim() ?? "", newPassword ?? "", newRole);
        (newName, newEmail, newPassword) = (null, null, null);
        return T["Admin_PersonAdded", name];
    });

    private Task MergeClaimantsAsync() => TryAsync(async user =>
    {
        var into = claimants.FirstOrDefault(c => c.Id == target);
        if (duplicate is null || into is null || duplicate == target) return T["Admin_ChooseTwoClaimants"];
        var moved = await Admin.MergeClaimantAsync(user, duplicate, new Claimant(into.Name, into.Kind, into.Affiliation));
        return T["Admin_ClaimantsMerged", moved, into.Name];
    });

    private Task RenameClaimantAsync() => TryAsync(async user =>
    {
        var name = newClaimantName?.Trim();
        if (renaming is null || string.IsNullOrEmpty(name)) return T["Admin_ChooseClaimantAndName"];
        var moved = await Admin.RenameClaimantAsync(user, renaming, name);
        return T["Admin_ClaimantRenamed", moved, name];
    });

    private Task MergeTopicsAsync() => TryAsync(async user =>
    {
        if (string.IsNullOrWhiteSpace(duplicateTopic) || string.IsNullOrWhiteSpace(targetTopic)) return T["Admin_GiveBothTopics"];
        var moved = await Admin.MergeTopicAsync(user, duplicateTopic.Trim(), targetTopic.Trim());
        return T["Admin_TopicsMerged", moved, targetTopic.Trim()];
    });

    // The role's stored name stays English (it is what the server checks); only its label is in the person's language.
    private static string RoleLabel(string role) => $"Admin_Role_{role}";

    // What a role select shows for its chosen value (the items show their own labels).
    private string RoleWords(string? role) => role is null ? "" : T[RoleLabel(role)];

    private async Task TryAsync(Func<System.Security.Claims.ClaimsPrincipal, Task<string>> action)
    {
        var user = (await Auth).User;
        var done = "";
        var outcome = await DeskOutcome.Of(async () => done = await action(user));
        Snackbar.Add(outcome.IsSaved ? done : outcome.In(T), outcome.IsSaved ? Severity.Info : Severity.Error);
        await DeskOutcome.TryRead(LoadAsync);
    }
}
