using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Ratings;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace ClaimTrack.Web.Features.Desk.Pages;

public sealed partial class ClaimWorkspace
{
    [Parameter] public Guid Id { get; set; }
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = null!;

    private Claim? claim;
    private bool loaded;
    private ClaimForm form = new();
    private readonly AppearanceForm appearance = new();
    private IReadOnlyList<(long, string)> history = [];
    private IReadOnlyDictionary<string, string[]> errors = new Dictionary<string, string[]>();
    private ClaimEditConflict? conflict;
    private ClaimChange? newer;

    protected override async Task OnParametersSetAsync()
    {
        await LoadAsync(keepForm: false);
        Changes.Changed += OnClaimChanged;
    }

    private async Task LoadAsync(bool keepForm)
    {
        claim = await Queries.ClaimAsync(Id, default);
        loaded = true;
        if (claim is null) return;
        history = await Queries.HistoryAsync(Id, default);
        if (!keepForm) form = ClaimForm.From(claim);
    }

    /// <summary>Reloads the claim but keeps what the editor typed, so they can apply it to the newer version.</summary>
    private async Task ReloadAsync()
    {
        await LoadAsync(keepForm: true);
        (conflict, newer) = (null, null);
    }

    private Task<bool> SaveClaimAsync() => RunAsync(new EditClaim(
        form.Statement, form.Verbatim, form.Claimant, form.Kind, form.Affiliation, form.Context, form.Topics, claim!.Language));

    private async Task RecordAppearanceAsync()
    {
        if (await RunAsync(new RecordAppearance(appearance.Outlet, appearance.Url, DateOnly.FromDateTime(appearance.On ?? DateTime.MinValue), null)))
            (appearance.Outlet, appearance.Url) = ("", null);
    }

    private async Task ProposeAsync()
    {
        var parameters = new DialogParameters<VerdictDialog>
        {
            { d => d.Scale, RatingScale.Default() },
            { d => d.IsRevision, claim!.Current is not null },
        };
        var dialog = await Dialogs.ShowAsync<VerdictDialog>("Propose a verdict", parameters, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        if (await dialog.Result is { Canceled: false, Data: ProposeVerdict proposal }) await RunAsync(proposal);
    }

    /// <returns>Whether the command was saved.</returns>
    private async Task<bool> RunAsync(object command)
    {
        try
        {
            await Actions.RunAsync((await Auth).User, Id, claim!.Version, command);
            errors = new Dictionary<string, string[]>();
            await LoadAsync(keepForm: command is not EditClaim);
            if (command is EditClaim) form = ClaimForm.From(claim!);
            Snackbar.Add("Saved.", Severity.Success);
            return true;
        }
        catch (ClaimInputInvalid invalid) { errors = invalid.Errors; }
        catch (ClaimEditConflict stale) { conflict = stale; }
        catch (Exception e) when (e is ClaimRuleBroken or DeskActionForbidden or ClaimNotFound) { Snackbar.Add(e.Message, Severity.Error); }
        return false;
    }

    private void OnClaimChanged(ClaimChange change)
    {
        if (change.ClaimId != Id || claim is null || change.Version <= claim.Version) return;
        _ = InvokeAsync(() => { newer = change; StateHasChanged(); });
    }

    private bool Has(string field) => errors.ContainsKey(field);
    private string? Text(string field) => errors.TryGetValue(field, out var m) ? string.Join(" ", m) : null;

    public void Dispose() => Changes.Changed -= OnClaimChanged;

    private sealed class AppearanceForm
    {
        public string Outlet { get; set; } = "";
        public string? Url { get; set; }
        public DateTime? On { get; set; } = DateTime.UtcNow.Date;
    }
}

/// <summary>The claim's editable fields as typed, kept apart from the loaded claim so a reload never erases them.</summary>
public sealed class ClaimForm
{
    public string Statement { get; set; } = "";
    public bool Verbatim { get; set; }
    public string Claimant { get; set; } = "";
    public ClaimantKind Kind { get; set; }
    public string? Affiliation { get; set; }
    public string? Context { get; set; }
    public List<string> Topics { get; set; } = [];

    public static ClaimForm From(Claim claim) => new()
    {
        Statement = claim.Statement, Verbatim = claim.IsVerbatimQuote, Claimant = claim.Claimant.Name, Kind = claim.Claimant.Kind,
        Affiliation = claim.Claimant.Affiliation, Context = claim.Context, Topics = [.. claim.Topics],
    };
}
