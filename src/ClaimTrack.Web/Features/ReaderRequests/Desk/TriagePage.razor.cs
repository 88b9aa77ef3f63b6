using System.Security.Claims;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Desk;
using ClaimTrack.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ClaimTrack.Web.Features.ReaderRequests.Desk;

public sealed partial class TriagePage
{
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = null!;
    private IReadOnlyList<ReaderRequest> requests = [];
    private QueueCounts counts = new(0, 0, 0, 0, 0, 0);
    private RequestStage? stage;
    private RequestKind? kind;
    private ReaderRequest? open;
    private IReadOnlyList<VerdictUpdate> corrections = [];
    private IReadOnlyList<SimilarClaim> similar = [];
    private IReadOnlyList<Claims.Actor> colleagues = [];
    private IReadOnlyDictionary<string, string[]> errors = new Dictionary<string, string[]>();

    protected override Task OnInitializedAsync() => ReloadAsync();

    private async Task FilterAsync(RequestStage? newStage, RequestKind? newKind)
    {
        (stage, kind) = (newStage, newKind);
        await ReloadAsync();
    }

    private async Task OpenAsync(ReaderRequest request)
    {
        (open, errors, similar, corrections) = (request, new Dictionary<string, string[]>(), [], []);
        var user = (await Auth).User;
        await DeskOutcome.TryRead(async () =>
        {
            if (request.Kind == RequestKind.Correction && request.ClaimId is { } claimId) corrections = await Intake.CorrectionsOfAsync(user, claimId);
            if (request.Kind == RequestKind.Tip)
                foreach (var lookup in SimilarLookups) similar = [.. similar, .. await lookup.FindAsync(request.Text, CancellationToken.None)];
        });
    }

    // Each step names the request as the person saw it (its version): a step someone else took meanwhile is not overwritten.
    private Task AssignAsync() => RunAsync(u => Intake.AssignToMeAsync(u, open!), T["Triage_AssignedToYou"]);
    private Task AssignToAsync(string personId) => RunAsync(u => Intake.AssignAsync(u, open!, personId), T["Triage_AssignedDone"]);
    private Task ReplyAsync(string text) => RunAsync(u => Intake.ReplyAsync(u, open!, text), T["Triage_Replied"]);
    private Task LinkAsync(Guid updateId) => RunAsync(u => Intake.LinkCorrectionAsync(u, open!, updateId), T["Triage_Linked"]);
    private Task CloseAsync(string reason) => RunAsync(u => Intake.CloseAsync(u, open!, reason), T["Triage_Closed"]);

    private async Task RunAsync(Func<ClaimsPrincipal, Task<ReaderRequest>> step, string done)
    {
        var user = (await Auth).User;
        ReaderRequest? changed = null;
        var outcome = await DeskOutcome.Of(async () => changed = await step(user));
        errors = outcome.Errors;
        Snackbar.Add(outcome.IsSaved ? done : outcome.In(T), outcome.IsSaved ? Severity.Info : Severity.Error);
        if (changed is not null) open = changed;
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        var user = (await Auth).User;
        await DeskOutcome.TryRead(async () =>
        {
            counts = await Intake.CountsAsync(user);
            if (colleagues.Count == 0) colleagues = await Intake.ColleaguesAsync(user);
            requests = await Intake.QueueAsync(user, stage, kind);
        });
    }

    private string Stage(RequestStage stage) => StageIn(T, stage);

    internal static string StageIn(IStringLocalizer<DeskText> words, RequestStage stage) => words[stage switch
    {
        RequestStage.Received => "Triage_Stage_Received",
        RequestStage.BeingLookedAt => "Triage_Stage_BeingLookedAt",
        RequestStage.Answered => "Triage_Stage_Answered",
        _ => "Triage_Stage_Closed",
    }];

    private static string Count(int n) => n.ToString("N0", System.Globalization.CultureInfo.CurrentCulture);

    private static string Short(string text) => text.Length <= 120 ? text : text[..119] + "…";
}
