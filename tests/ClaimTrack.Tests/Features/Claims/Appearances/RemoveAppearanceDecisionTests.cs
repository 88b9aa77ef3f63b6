using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Appearances;
using ClaimTrack.Web.Features.Claims.Writing;
using static ClaimTrack.Tests.Features.Claims.Appearances.AppearanceScenario;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Claims.Appearances;

public sealed class RemoveAppearanceDecisionTests
{
    [Fact]
    public void A_removed_appearance_is_recorded_with_its_reason_and_named_in_the_history()
    {
        var claim = Given(Registered(), RadioLater());

        var e = (AppearanceRemoved)When(claim, new RemoveAppearance(RadioId, " Another claimant's interview. ")).Single();

        (e.Appearance, e.Reason, e.By, e.At).ShouldBe((claim.Appearances[1], "Another claimant's interview.", Reporter, Now));
        ClaimCommandCatalog.Describe(e, NewsroomTime.Utc).ShouldBe("Rosa Díaz removed the appearance in Radio Uno of 2025-03-05 at 2025-03-10 12:00 UTC");
        After(claim, [e]).Appearances.Select(a => a.Outlet).ShouldBe(["Evening News"]);
    }

    [Fact]
    public void The_last_appearance_cannot_be_removed()
    {
        var claim = Given(Registered(), RadioLater());
        claim.Replay(When(claim, new RemoveAppearance(RadioId, "Duplicate.")).Single());

        var act = () => When(claim, new RemoveAppearance(AppearanceId, "Wrong claim."));

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("only appearance");
    }

    [Fact]
    public void A_removal_needs_a_reason()
    {
        var act = () => When(Given(Registered(), RadioLater()), new RemoveAppearance(RadioId, ""));

        act.ShouldThrow<ClaimInputInvalid>().Errors.Keys.ShouldBe(["Reason"]);
    }

    [Fact]
    public void An_appearance_already_removed_cannot_be_removed_again()
    {
        var claim = Given(Registered(), RadioLater(), PaperEarlier());
        claim.Replay(When(claim, new RemoveAppearance(RadioId, "Duplicate.")).Single());

        var act = () => When(claim, new RemoveAppearance(RadioId, "Duplicate."));

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("no such appearance");
    }
}
