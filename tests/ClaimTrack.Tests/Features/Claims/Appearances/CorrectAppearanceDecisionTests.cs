using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Appearances;
using ClaimTrack.Web.Features.Claims.Writing;
using static ClaimTrack.Tests.Features.Claims.Appearances.AppearanceScenario;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Claims.Appearances;

public sealed class CorrectAppearanceDecisionTests
{
    private static CorrectAppearance Fix(DateOnly? on, string reason = "The interview aired a day earlier.", Guid? id = null) =>
        new(id ?? RadioId, " Radio Uno ", null, on, null, reason);

    [Fact]
    public void A_corrected_appearance_keeps_its_id_and_says_what_it_was()
    {
        var claim = Given(Registered(), RadioLater());

        var e = (AppearanceCorrected)When(claim, Fix(new DateOnly(2025, 3, 4))).Single();

        e.Previous.ShouldBe(claim.Appearances[1]);
        e.Appearance.ShouldBe(claim.Appearances[1] with { AppearedOn = new DateOnly(2025, 3, 4) });
        (e.Reason, e.By, e.At).ShouldBe(("The interview aired a day earlier.", Reporter, Now));
    }

    [Fact]
    public void The_history_says_what_changed()
    {
        var claim = Given(Registered(), RadioLater());
        var e = (AppearanceCorrected)When(claim, Fix(new DateOnly(2025, 3, 4)) with { Outlet = "Radio Dos", Url = "https://radio.example.org/2" }).Single();

        ClaimCommandCatalog.Describe(e, NewsroomTime.Utc).ShouldBe(
            "Rosa Díaz corrected the appearance in Radio Uno (outlet now Radio Dos, date 2025-03-05 → 2025-03-04, web address changed) at 2025-03-10 12:00 UTC");
    }

    [Fact]
    public void A_correction_needs_a_date_a_reason_and_the_usual_fields()
    {
        var act = () => When(Given(Registered(), RadioLater()), new CorrectAppearance(RadioId, "", "ftp://x", null, null, " "));

        act.ShouldThrow<ClaimInputInvalid>().Errors.Keys.ShouldBe(["Outlet", "AppearanceUrl", "AppearedOn", "Reason"], ignoreOrder: true);
    }

    [Fact]
    public void A_date_in_the_future_is_refused()
    {
        var act = () => When(Given(Registered(), RadioLater()), Fix(new DateOnly(2025, 4, 1)));

        act.ShouldThrow<ClaimInputInvalid>().Errors["AppearedOn"].ShouldBe(["The date the claim appeared cannot be in the future."]);
    }

    [Fact]
    public void A_correction_that_changes_nothing_is_refused()
    {
        var act = () => When(Given(Registered(), RadioLater()), Fix(new DateOnly(2025, 3, 5)));

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldBe("Nothing in this appearance changed.");
    }

    [Fact]
    public void An_appearance_the_claim_does_not_list_cannot_be_corrected()
    {
        var act = () => When(Given(Registered()), Fix(new DateOnly(2025, 3, 4)));

        act.ShouldThrow<ClaimRuleBroken>();
    }
}
