using Bunit;
using Bunit.TestDoubles;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Assignments;
using ClaimTrack.Web.Features.Desk;
using ClaimTrack.Web.Features.Desk.Assignments;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Desk.Assignments;

/// <summary>bUnit: the workspace's assignment editor, with MudBlazor, no server.</summary>
public sealed class AssignmentPanelTests : BunitContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly Assignee Rosa = new(Reporter.UserId, Reporter.Name, NewsroomRole.Reporter);
    private static readonly Assignee Mei = new(OtherEditor.UserId, OtherEditor.Name, NewsroomRole.Editor);
    private readonly BunitAuthorizationContext _auth;
    private readonly List<object> _run = [];

    public AssignmentPanelTests()
    {
        Services.AddMudServices();
        Services.AddLocalization();
        JSInterop.Mode = JSRuntimeMode.Loose;
        _auth = AddAuthorization();
        _auth.SetAuthorized("Amir Haddad");
    }

    private IRenderedComponent<AssignmentPanel> RenderPanel(Claim claim, DeskOutcome answer) => Render<AssignmentPanel>(p => p
        .Add(c => c.Claim, claim)
        .Add(c => c.People, [Rosa, Mei])
        .Add(c => c.Run, command => { _run.Add(command); return Task.FromResult(answer); }));

    [Fact]
    public async Task An_editor_opens_the_editor_picks_people_a_day_and_a_priority_and_saves_them_as_one_command()
    {
        _auth.SetPolicies(DeskRoles.Policies.Reporter, DeskRoles.Policies.Editor);
        Render<MudPopoverProvider>();
        var panel = RenderPanel(Given(Registered()), DeskOutcome.Saved);
        panel.Find(".assignment-owner").TextContent.ShouldBe("Nobody yet");

        await panel.Find(".assignment-change").ClickAsync(new MouseEventArgs());
        panel.WaitForAssertion(() => panel.FindAll(".assignment-save").ShouldNotBeEmpty(), Patience);
        var (owner, reviewer) = (panel.FindComponents<MudSelect<string>>()[0], panel.FindComponents<MudSelect<string>>()[1]);
        await panel.InvokeAsync(() => owner.Instance.ValueChanged.InvokeAsync(Rosa.UserId));
        await panel.InvokeAsync(() => reviewer.Instance.ValueChanged.InvokeAsync(Mei.UserId));
        await panel.InvokeAsync(() => panel.FindComponent<MudDatePicker>().Instance.DateChanged.InvokeAsync(new DateTime(2025, 3, 14)));
        await panel.InvokeAsync(() => panel.FindComponent<MudSelect<ClaimPriority>>().Instance.ValueChanged.InvokeAsync(ClaimPriority.Urgent));
        await panel.Find(".assignment-save").ClickAsync(new MouseEventArgs());

        _run.ShouldHaveSingleItem().ShouldBe(new AssignClaim(Rosa, Mei, new DateOnly(2025, 3, 14), ClaimPriority.Urgent));
        // Saved: the editor closes and the page (here, this test) shows the claim as it is now.
        panel.WaitForAssertion(() => panel.FindAll(".assignment-save").ShouldBeEmpty(), Patience);
    }

    [Fact]
    public async Task A_refused_save_keeps_the_editor_open_with_what_was_picked()
    {
        _auth.SetPolicies(DeskRoles.Policies.Reporter, DeskRoles.Policies.Editor);
        Render<MudPopoverProvider>();
        var refused = new DeskOutcome(DeskOutcomeKind.Refused, "Your role does not allow this.");
        var panel = RenderPanel(Given(Registered()), refused);

        await panel.Find(".assignment-change").ClickAsync(new MouseEventArgs());
        panel.WaitForAssertion(() => panel.FindAll(".assignment-save").ShouldNotBeEmpty(), Patience);
        await panel.InvokeAsync(() => panel.FindComponents<MudSelect<string>>()[0].Instance.ValueChanged.InvokeAsync(Rosa.UserId));
        await panel.Find(".assignment-save").ClickAsync(new MouseEventArgs());

        panel.WaitForAssertion(() => panel.Find(".save-problem").TextContent.ShouldContain("Your role does not allow this."), Patience);
        // Trying again sends the same pick: nothing was reset by the refusal.
        await panel.Find(".assignment-save").ClickAsync(new MouseEventArgs());
        _run.Count.ShouldBe(2);
        _run.Cast<AssignClaim>().ShouldAllBe(c => c.Owner == Rosa);
    }

    [Fact]
    public void A_reporter_sees_the_assignment_but_no_way_to_change_it()
    {
        _auth.SetPolicies(DeskRoles.Policies.Reporter);
        var claim = Given([.. WithEvidence(), new ClaimAssigned(ClaimId, Reporter, null, Editor, Now), new DueDateSet(ClaimId, new DateOnly(2025, 3, 14), null, null, Editor, Now)]);

        var panel = RenderPanel(claim, DeskOutcome.Saved);

        panel.Find(".assignment-owner").TextContent.ShouldBe("Rosa Díaz");
        panel.Find(".assignment-due").TextContent.ShouldBe("2025-03-14");
        panel.FindAll(".assignment-change").ShouldBeEmpty();
    }
}
