using Bunit;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Scheduling;
using ClaimTrack.Web.Features.Desk;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Desk;

/// <summary>The desk picks a release time on the newsroom's clock (here Caracas, UTC-04:00) and sends its UTC instant.</summary>
public sealed class ScheduleControlTests : BunitContext
{
    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private object? _sent;

    public ScheduleControlTests()
    {
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton(NewsroomTime.From("America/Caracas"));
        Services.AddSingleton<TimeProvider>(new StoppedClock(new DateTimeOffset(2026, 1, 15, 14, 10, 0, TimeSpan.Zero)));
        JSInterop.Mode = JSRuntimeMode.Loose;
        Render<MudPopoverProvider>();
    }

    private IRenderedComponent<ScheduleControl> Control(Claim claim, Guid? proposalId) => Render<ScheduleControl>(p => p
        .Add(c => c.Claim, claim)
        .Add(c => c.ProposalId, proposalId)
        .Add(c => c.OnCommand, EventCallback.Factory.Create<object>(this, command => _sent = command)));

    private static void Press(IRenderedComponent<ScheduleControl> control, string button) =>
        control.FindAll("button").Single(b => b.TextContent.Contains(button, StringComparison.Ordinal)).Click();

    [Fact]
    public void Approve_and_schedule_sends_the_suggested_newsroom_hour_as_its_utc_instant()
    {
        var control = Control(Given(AwaitingReview()), VerdictId);

        control.Markup.ShouldContain("Release date (America/Caracas, UTC-04:00)");
        Press(control, "Approve and schedule");

        // 10:10 in Caracas: the next full hour is 11:00 there, 15:00 UTC.
        _sent.ShouldBe(new SchedulePublication(VerdictId, new DateTimeOffset(2026, 1, 15, 15, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_release_typed_at_the_calendars_end_is_refused_beside_the_control_and_not_sent()
    {
        var control = Control(Given(AwaitingReview()), VerdictId);

        // 23:00 on the last day there is, four hours behind UTC: an instant past DateTimeOffset.MaxValue.
        var inputs = control.FindAll("input");
        inputs[0].Change("9999-12-31");
        inputs[1].Change("23:00");
        Press(control, "Approve and schedule");

        control.WaitForAssertion(() => control.Markup.ShouldContain("The release time must be within a year."));
        _sent.ShouldBeNull();
    }

    [Fact]
    public void A_scheduled_release_says_when_and_by_whom_and_can_be_cancelled()
    {
        var releaseAt = new DateTimeOffset(2026, 1, 16, 13, 0, 0, TimeSpan.Zero);
        var claim = Given([.. AwaitingReview(), new PublicationScheduled(ClaimId, ReleaseKind.Verdict, VerdictId, releaseAt, Editor, Now)]);

        var control = Control(claim, VerdictId);

        control.Find("[data-testid=scheduled-for]").TextContent.ShouldContain("Scheduled for 2026-01-16 09:00 UTC-04:00: the verdict, approved by Amir Haddad.");
        control.FindAll("button").Select(b => b.TextContent.Trim()).ShouldNotContain("Approve and schedule");
        Press(control, "Cancel the schedule");
        _sent.ShouldBeOfType<CancelScheduledPublication>();
    }

    [Fact]
    public void Without_a_proposal_or_a_schedule_it_offers_nothing()
    {
        Control(Given(AwaitingReview()), null).FindAll("button").ShouldBeEmpty();
    }
}
