using System.Globalization;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Assignments;
using ClaimTrack.Web.Features.Claims.Editing;
using ClaimTrack.Web.Features.Claims.Ratings;
using ClaimTrack.Web.Features.Desk.Workspace;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace ClaimTrack.Web.Features.Desk.Pages;

public sealed partial class ClaimWorkspace
{
    [Parameter] public Guid Id { get; set; }
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = null!;

    private Claim? claim;
    private RatingScale scale = RatingScale.Default(); // until the stored one loads
    private bool loaded;
    private ClaimForm form = new();
    private ClaimForm formBase = new(); // the claim as it was when the form was filled: tells typed fields from untouched ones
    private IReadOnlyList<(long, string)> history = [];
    private IReadOnlyDictionary<string, string[]> errors = new Dictionary<string, string[]>();
    private ClaimEditConflict? conflict;
    private ClaimChange? newer;
    private DeskOutcome? verdictProblem; // shown at the top: the verdict panel's buttons sit in a narrow column
    private Guid attempt = Guid.NewGuid();
    private IReadOnlyList<Assignee> staff = []; // whom the assignment editor offers; the server checks each again

    private Guid loadedId;

    // The circuit's language, as set for this person when the page started: a change notice arrives on another flow.
    private (CultureInfo Words, CultureInfo Formats) language = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);

    protected override void OnInitialized()
    {
        language = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        Changes.Changed += OnClaimChanged;
    }

    // Parameters are set again whenever the router re-renders; reloading then would wipe what the editor is typing.
    protected override async Task OnParametersSetAsync()
    {
        if (loadedId == Id) return;
        loadedId = Id;
        await LoadAsync(keepForm: false);
    }

    private async Task LoadAsync(bool keepForm)
    {
        // Read each time: an Admin may have renamed, added or retired a rating since this page opened.
        scale = await Scales.CurrentAsync(default);
        claim = await Queries.ClaimAsync(Id, default);
        loaded = true;
        if (claim is null) return;
        // The notice of a change may arrive before the reload that already shows it (our own save, for one).
        if (newer is not null && newer.Version <= claim.Version) newer = null;
        history = await Queries.HistoryAsync(Id, default);
        staff = await Staff.ActiveAsync(default);
        // Two instances: the form is typed into, the base must stay as loaded.
        form = keepForm ? ClaimForm.Rebase(form, formBase, ClaimForm.From(claim)) : ClaimForm.From(claim);
        formBase = ClaimForm.From(claim);
    }

    /// <summary>Reloads the claim but keeps what the editor typed, so they can apply it to the newer version.</summary>
    private async Task ReloadAsync()
    {
        if (!await DeskOutcome.TryRead(() => LoadAsync(keepForm: true))) { Snackbar.Add(DeskOutcome.NotAnsweringToRead, Severity.Error); return; }
        (conflict, newer) = (null, null);
    }

    private Task<DeskOutcome> SaveClaimAsync() => RunForPanelAsync(new EditClaim(
        form.Statement, form.Verbatim, form.Claimant, form.Kind, form.Affiliation, form.Context, form.Topics, form.Language));

    // The dialog runs the proposal itself and stays open until it is saved, so a failed save keeps the reasoning typed.
    private async Task ProposeAsync()
    {
        var parameters = new DialogParameters<VerdictDialog>
        {
            { d => d.Scale, scale },
            { d => d.IsRevision, claim!.Current is not null },
            { d => d.Submit, proposal => RunAsync(proposal) },
        };
        var dialog = await Dialogs.ShowAsync<VerdictDialog>(T["Propose a verdict"], parameters, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        await dialog.Result;
    }

    private async Task VerdictCommandAsync(object command)
    {
        var outcome = await RunAsync(command);
        verdictProblem = outcome.IsSaved ? null : outcome;
    }

    /// <summary>Runs a command under this page's attempt; the attempt is renewed only after a save, so a retry is the same action.</summary>
    private async Task<DeskOutcome> RunAsync(object command)
    {
        var user = (await Auth).User;
        var outcome = await DeskOutcome.Of(() => Actions.RunAsync(user, attempt, Id, claim!.Version, command));
        switch (outcome.Kind)
        {
            case DeskOutcomeKind.Saved:
                (attempt, errors, verdictProblem) = (Guid.NewGuid(), outcome.ErrorsIn(T), null);
                // Saved, but the reload may meet the database stopping: the page keeps what it shows and says so.
                if (command is EditClaim) await ForgetDraftsAsync(); // saved: the browser's copy is no longer needed
                if (await DeskOutcome.TryRead(() => LoadAsync(keepForm: command is not EditClaim))) Snackbar.Add(outcome.Message.Length > 0 ? T[outcome.Message] : T["Panels_Saved"], Severity.Success);
                else Snackbar.Add(T["Saved. The page could not show it yet: the database is not answering. Reload in a moment."], Severity.Warning);
                break;
            case DeskOutcomeKind.Invalid: errors = outcome.ErrorsIn(T); break;
            case DeskOutcomeKind.Conflict: conflict = outcome.Conflict; break;
            default: Snackbar.Add(outcome.In(T), Severity.Error); break;
        }
        return outcome;
    }

    // A part of the page that needs the outcome (the claim form, a panel) calls this directly, not through an
    // EventCallback, so the page re-renders here.
    private async Task<DeskOutcome> RunForPanelAsync(object command)
    {
        var outcome = await RunAsync(command);
        StateHasChanged();
        return outcome;
    }

    private void OnClaimChanged(ClaimChange change)
    {
        if (change.ClaimId != Id || claim is null || change.Version <= claim.Version) return;
        var seen = claim.Version;
        _ = InvokeAsync(async () =>
        {
            // This runs on the saving side's flow, whose culture is another person's (or none): the notice and its render
            // take this circuit's. Set for this callback only: an async method's culture goes back to its caller's.
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = language;
            newer = await InPersonsWordsAsync(change, seen);
            StateHasChanged();
        });
    }

    /// <summary>
    /// The notice crosses nodes in English words; a person in another language reads the newer events worded in theirs,
    /// read from the stream (the workspace is not a hot path). If the database does not answer, the English words stay.
    /// </summary>
    private async Task<ClaimChange> InPersonsWordsAsync(ClaimChange change, long seen)
    {
        if (language.Words.TwoLetterISOLanguageName == "en") return change;
        IReadOnlyList<object> events = [];
        if (!await DeskOutcome.TryRead(async () => events = await Queries.EventsAfterAsync(Id, seen, default)) || events.Count == 0) return change;
        return change with { What = new HistoryWords(Time, T).Describe(events) };
    }

    private bool Has(string field) => errors.ContainsKey(field);
    private string? Text(string field) => errors.TryGetValue(field, out var m) ? string.Join(" ", m) : null;

    public void Dispose() => Changes.Changed -= OnClaimChanged;

    // Text the browser kept from an earlier page of this claim: checked once the claim and its form are on screen.
    private ElementReference draftArea;
    private DraftPlan draftPlan = DraftPlan.Nothing;
    private bool draftsChecked;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // The claim may have loaded after this render began: wait for the render that shows its form.
        if (claim is null || draftsChecked || string.IsNullOrEmpty(draftArea.Id)) return;
        draftsChecked = true;
        await Drafts.WatchAsync(draftArea);
        var kept = (await Drafts.LoadAsync(Id.ToString())).Where(d => ClaimFormDrafts.Knows(d.Field)).ToList();
        draftPlan = DraftPlan.For(kept, claim.Version, field => ClaimFormDrafts.Get(form, field));
        if (draftPlan.Action == DraftAction.None) return;
        if (draftPlan.Action == DraftAction.Restore) Apply(draftPlan);
        StateHasChanged();
    }

    private void Apply(DraftPlan plan)
    {
        foreach (var draft in plan.Drafts) ClaimFormDrafts.Set(form, draft.Field, draft.Text);
    }

    /// <summary>The editor keeps their older text over the newer claim: it is then kept against this version.</summary>
    private async Task UseDraftsAsync()
    {
        var chosen = draftPlan;
        Apply(chosen);
        await ForgetDraftsAsync();
        foreach (var draft in chosen.Drafts) await Drafts.PutAsync(Id.ToString(), claim!.Version, draft.Field, draft.Text);
    }

    /// <summary>Back to the claim as saved, and the browser forgets the text.</summary>
    private async Task DiscardDraftsAsync()
    {
        if (draftPlan.Action == DraftAction.Restore && claim is not null)
            foreach (var draft in draftPlan.Drafts) ClaimFormDrafts.Set(form, draft.Field, ClaimFormDrafts.Get(ClaimForm.From(claim), draft.Field) ?? "");
        await ForgetDraftsAsync();
    }

    private async Task ForgetDraftsAsync()
    {
        draftPlan = DraftPlan.Nothing;
        await Drafts.ClearAsync(Id.ToString());
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
    public string Language { get; set; } = "";

    /// <summary>
    /// What the editor typed, moved onto a newer version of the claim: fields they changed keep their text, fields
    /// they did not touch take the newer values, so reapplying a change never undoes someone else's.
    /// </summary>
    public static ClaimForm Rebase(ClaimForm typed, ClaimForm original, ClaimForm newer) => new()
    {
        Statement = PickText(typed.Statement, original.Statement, newer.Statement) ?? "",
        Verbatim = Pick(typed.Verbatim, original.Verbatim, newer.Verbatim),
        Claimant = PickText(typed.Claimant, original.Claimant, newer.Claimant) ?? "",
        Kind = Pick(typed.Kind, original.Kind, newer.Kind),
        Affiliation = PickText(typed.Affiliation, original.Affiliation, newer.Affiliation),
        Context = PickText(typed.Context, original.Context, newer.Context),
        Topics = typed.Topics.SequenceEqual(original.Topics) ? [.. newer.Topics] : [.. typed.Topics],
        Language = Pick(typed.Language, original.Language, newer.Language),
    };

    private static T Pick<T>(T typed, T original, T newer) => EqualityComparer<T>.Default.Equals(typed, original) ? newer : typed;

    // An emptied field and a never-filled one are the same to the editor.
    private static string? PickText(string? typed, string? original, string? newer) =>
        (typed ?? "") == (original ?? "") ? newer : typed;

    public static ClaimForm From(Claim claim) => new()
    {
        Statement = claim.Statement,
        Verbatim = claim.IsVerbatimQuote,
        Claimant = claim.Claimant.Name,
        Kind = claim.Claimant.Kind,
        Affiliation = claim.Claimant.Affiliation,
        Context = claim.Context,
        Topics = [.. claim.Topics],
        Language = claim.Language,
    };
}
