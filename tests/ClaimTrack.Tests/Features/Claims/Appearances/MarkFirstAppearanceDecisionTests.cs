using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Appearances;
using ClaimTrack.Web.Features.Claims.Writing;
using static ClaimTrack.Tests.Features.Claims.Appearances.AppearanceScenario;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Claims.Appearances;

public sealed class MarkFirstAppearanceDecisionTests
{
    [Fact]
    public void An_editor_marks_a_later_appearance_as_the_first()
    {
        var claim = Given(Registered(), RadioLater());

        var e = (AppearanceMarkedFirst)When(claim, new MarkFirstAppearance(RadioId, "The bulletin re-aired the interview."), Editor).Single();

        (e.Appearance.Id, e.Reason, e.By).ShouldBe((RadioId, "The bulletin re-aired the interview.", Editor));
        ClaimCommandCatalog.Describe(e, NewsroomTime.Utc).ShouldBe("Amir Haddad marked the appearance in Radio Uno of 2025-03-05 as the first at 2025-03-10 12:00 UTC");
        After(claim, [e]).FirstAppearance!.Id.ShouldBe(RadioId);
    }

    [Fact]
    public void The_first_appearance_cannot_be_marked_again()
    {
        var act = () => When(Given(Registered(), RadioLater()), new MarkFirstAppearance(AppearanceId, "It is."), Editor);

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldBe("This appearance is already the first.");
    }

    [Fact]
    public void Marking_needs_a_reason_and_a_listed_appearance()
    {
        var claim = Given(Registered(), RadioLater());

        Should.Throw<ClaimInputInvalid>(() => When(claim, new MarkFirstAppearance(RadioId, " "), Editor)).Errors.Keys.ShouldBe(["Reason"]);
        Should.Throw<ClaimRuleBroken>(() => When(claim, new MarkFirstAppearance(PaperId, "Older."), Editor));
    }

    [Fact]
    public void Marking_is_an_editors_call_correcting_and_removing_a_reporters()
    {
        ClaimCommandCatalog.For(new MarkFirstAppearance(RadioId, ""))!.Role.ShouldBe(NewsroomRole.Editor);
        ClaimCommandCatalog.For(new CorrectAppearance(RadioId, "", null, null, null, ""))!.Role.ShouldBe(NewsroomRole.Reporter);
        ClaimCommandCatalog.For(new RemoveAppearance(RadioId, ""))!.Role.ShouldBe(NewsroomRole.Reporter);
    }
}
