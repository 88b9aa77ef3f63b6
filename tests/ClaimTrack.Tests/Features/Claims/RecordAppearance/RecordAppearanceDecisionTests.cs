using ClaimTrack.Web.Features.Claims;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Claims.RecordAppearance;

public sealed class RecordAppearanceDecisionTests
{
    [Fact]
    public void A_later_appearance_is_recorded_and_not_marked_first()
    {
        var claim = Given(Registered());

        claim.Apply((AppearanceRecorded)When(claim, new Web.Features.Claims.RecordAppearance("Radio Uno", "https://radio.example.org/x", new DateOnly(2025, 3, 5), "Repeated")).Single());

        claim.Appearances.Select(a => (a.Outlet, a.IsFirst)).ShouldBe([("Evening News", true), ("Radio Uno", false)]);
    }

    [Fact]
    public void An_appearance_needs_an_outlet_a_web_url_and_a_date_not_in_the_future()
    {
        var act = () => When(Given(Registered()), new Web.Features.Claims.RecordAppearance(" ", "data:text/html,hi", new DateOnly(2031, 1, 1), null));

        act.ShouldThrow<ClaimInputInvalid>().Errors.Keys.ShouldBe(["Outlet", "AppearanceUrl", "AppearedOn"], ignoreOrder: true);
    }
}
