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

    private async Task SetRoleAsync(DeskUser person, string role)
    {
        person.Roles = [role];
        // A new security stamp signs the person out everywhere, so the old role stops working at once.
        await Users.UpdateSecurityStampAsync(person);
        Snackbar.Add($"{person.DisplayName} is now {role}.", Severity.Success);
    }

    private async Task UnlockAsync(DeskUser person)
    {
        await Users.SetLockoutEndDateAsync(person, null);
        await Users.ResetAccessFailedCountAsync(person);
        await LoadAsync();
    }

    private async Task AddPersonAsync()
    {
        var email = newEmail?.Trim() ?? "";
        var person = new DeskUser { UserName = email, Email = email, DisplayName = newName?.Trim() ?? "", Roles = [newRole] };
        if (person.DisplayName.Length == 0) { Snackbar.Add("Give the person's name.", Severity.Warning); return; }
        var result = await Users.CreateAsync(person, newPassword ?? "");
        if (!result.Succeeded) { Snackbar.Add(string.Join(" ", result.Errors.Select(e => e.Description)), Severity.Warning); return; }
        (newName, newEmail, newPassword) = (null, null, null);
        await LoadAsync();
    }

    private Task MergeClaimantsAsync() => TryAsync(async user =>
    {
        var into = claimants.FirstOrDefault(c => c.Id == target);
        if (duplicate is null || into is null || duplicate == target) return "Choose two different claimants.";
        var moved = await Admin.MergeClaimantAsync(user, duplicate, new Claimant(into.Name, into.Kind, into.Affiliation));
        return $"{moved} claims now belong to {into.Name}.";
    });

    private Task RenameClaimantAsync() => TryAsync(async user =>
    {
        var name = newClaimantName?.Trim();
        if (renaming is null || string.IsNullOrEmpty(name)) return "Choose a claimant and give the new name.";
        var moved = await Admin.RenameClaimantAsync(user, renaming, name);
        return $"{moved} claims now name the claimant {name}.";
    });

    private Task MergeTopicsAsync() => TryAsync(async user =>
    {
        if (string.IsNullOrWhiteSpace(duplicateTopic) || string.IsNullOrWhiteSpace(targetTopic)) return "Give both topics.";
        var moved = await Admin.MergeTopicAsync(user, duplicateTopic.Trim(), targetTopic.Trim());
        return $"{moved} claims now have the topic {targetTopic.Trim()}.";
    });

    private async Task TryAsync(Func<System.Security.Claims.ClaimsPrincipal, Task<string>> action)
    {
        var user = (await Auth).User;
        var done = "";
        var outcome = await DeskOutcome.Of(async () => done = await action(user));
        if (!outcome.IsSaved) { Snackbar.Add(outcome.Message, Severity.Error); return; }
        Snackbar.Add(done, Severity.Info);
        await LoadAsync();
    }
}
