using ClaimTrack.Web.Features.Claims;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Claims.RegisterClaim;

public sealed class RegisterClaimDecisionTests
{
    private static Web.Features.Claims.RegisterClaim Command(
        string statement = "  Turnout was the highest in forty years. ", string claimant = "Ana Ruiz", string outlet = "Evening News",
        string? url = "https://news.example.org/a", DateOnly? appeared = null, string[]? topics = null, string language = "en") =>
        new(ClaimId, statement, true, claimant, ClaimantKind.Person, " Minister ", outlet, url, appeared ?? new DateOnly(2025, 3, 1),
            "", topics ?? ["Elections", "elections ", " Turnout"], language);

    [Fact]
    public void A_valid_claim_is_registered_trimmed_with_its_first_appearance_marked_first()
    {
        var registered = RegisterClaimDecision.Decide(Command(), Reporter, Now);

        registered.Statement.ShouldBe("Turnout was the highest in forty years.");
        registered.Claimant.ShouldBe(new Claimant("Ana Ruiz", ClaimantKind.Person, "Minister"));
        registered.FirstAppearance.IsFirst.ShouldBeTrue();
        registered.FirstAppearance.Outlet.ShouldBe("Evening News");
        registered.Context.ShouldBeNull();
        registered.Topics.ShouldBe(["Elections", "Turnout"]);
        (registered.By, registered.At).ShouldBe((Reporter, Now));
    }

    [Fact]
    public void Every_field_problem_is_reported_at_once_keyed_by_field()
    {
        var act = () => RegisterClaimDecision.Decide(Command(statement: " ", claimant: "", outlet: "", url: "ftp://files.example.org", language: "English"), Reporter, Now);

        act.ShouldThrow<ClaimInputInvalid>().Errors.Keys.ShouldBe(["Statement", "ClaimantName", "Outlet", "AppearanceUrl", "Language"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://files.example.org/x")]
    [InlineData("not a url")]
    [InlineData("/relative/path")]
    public void An_appearance_url_that_is_not_http_or_https_is_refused(string url)
    {
        var act = () => RegisterClaimDecision.Decide(Command(url: url), Reporter, Now);

        act.ShouldThrow<ClaimInputInvalid>().Errors["AppearanceUrl"].ShouldHaveSingleItem().ShouldContain("http");
    }

    [Fact]
    public void An_appearance_in_the_future_is_refused()
    {
        var act = () => RegisterClaimDecision.Decide(Command(appeared: DateOnly.FromDateTime(Now.UtcDateTime).AddDays(3)), Reporter, Now);

        act.ShouldThrow<ClaimInputInvalid>().Errors["AppearedOn"].ShouldBe(["The date the claim appeared cannot be in the future."]);
    }

    [Fact]
    public void An_oversized_statement_is_refused_with_its_length()
    {
        var act = () => RegisterClaimDecision.Decide(Command(statement: new string('x', InputLimits.Statement + 1)), Reporter, Now);

        act.ShouldThrow<ClaimInputInvalid>().Errors["Statement"].Single().ShouldContain("2001 characters, at most 2000");
    }

    [Fact]
    public void More_than_ten_topics_are_refused()
    {
        var act = () => RegisterClaimDecision.Decide(Command(topics: [.. Enumerable.Range(1, 11).Select(i => $"Topic {i}")]), Reporter, Now);

        act.ShouldThrow<ClaimInputInvalid>().Errors.Keys.ShouldBe(["Topics"]);
    }

    [Fact]
    public void A_claimant_name_on_two_lines_is_refused()
    {
        var act = () => RegisterClaimDecision.Decide(Command(claimant: "Ana\nRuiz"), Reporter, Now);

        act.ShouldThrow<ClaimInputInvalid>().Errors.Keys.ShouldBe(["ClaimantName"]);
    }
}
