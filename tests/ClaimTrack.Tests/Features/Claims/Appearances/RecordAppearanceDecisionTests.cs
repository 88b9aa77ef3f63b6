using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Appearances;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Claims.Appearances;

public sealed class RecordAppearanceDecisionTests
{
    [Fact]
    public void A_later_appearance_is_recorded_and_not_marked_first()
    {
        var claim = Given(Registered());

        claim.Apply((AppearanceRecorded)When(claim, new RecordAppearance("Radio Uno", "https://radio.example.org/x", new DateOnly(2025, 3, 5), "Repeated")).Single());

        claim.Appearances.Select(a => (a.Outlet, a.IsFirst)).ShouldBe([("Evening News", true), ("Radio Uno", false)]);
    }

    [Fact]
    public void An_appearance_needs_an_outlet_a_web_url_and_a_date_not_in_the_future()
    {
        var act = () => When(Given(Registered()), new RecordAppearance(" ", "data:text/html,hi", new DateOnly(2031, 1, 1), null));

        act.ShouldThrow<ClaimInputInvalid>().Errors.Keys.ShouldBe(["Outlet", "AppearanceUrl", "AppearedOn"], ignoreOrder: true);
    }

    [Fact]
    public void An_appearance_without_a_date_is_refused()
    {
        var act = () => When(Given(Registered()), new RecordAppearance("Radio Uno", null, null, null));

        act.ShouldThrow<ClaimInputInvalid>().Errors.Keys.ShouldBe(["AppearedOn"]);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://x")]
    [InlineData("not a url")]
    public void An_appearance_url_that_is_not_http_or_https_is_refused(string url)
    {
        var act = () => When(Given(Registered()), new RecordAppearance("Radio Uno", url, new DateOnly(2025, 3, 5), null));

        act.ShouldThrow<ClaimInputInvalid>().Errors.Keys.ShouldBe(["AppearanceUrl"]);
    }

    [Fact]
    public void An_oversized_outlet_and_note_are_refused_together()
    {
        var command = new RecordAppearance(
            new string('o', InputLimits.Name + 1), null, new DateOnly(2025, 3, 5), new string('n', InputLimits.Note + 1));

        var act = () => When(Given(Registered()), command);

        act.ShouldThrow<ClaimInputInvalid>().Errors.Keys.ShouldBe(["Outlet", "Note"], ignoreOrder: true);
    }
}
