using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Registration;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Claims.Registration;

public sealed class RegisterClaimDecisionTests
{
    private static RegisterClaim Command(
        string statement = "  Turnout was the highest in forty years. ", string claimant = "Ana Ruiz", string outlet = "Evening News",
        string? url = "https://news.example.org/a", DateOnly? appeared = null, string[]? topics = null, string language = "en") =>
        new(ClaimId, statement, true, claimant, ClaimantKind.Person, " Minister ", outlet, url, appeared ?? new DateOnly(2025, 3, 1),
            "", topics ?? ["Elections", "elections ", " Turnout"], language);

    [Fact]
    public void A_valid_claim_is_registered_trimmed_with_its_first_appearance_marked_first()
    {
        var registered = RegisterClaimDecision.Decide(Command(), Reporter, Now, Newsroom.Languages);

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
        var act = () => RegisterClaimDecision.Decide(Command(statement: " ", claimant: "", outlet: "", url: "ftp://files.example.org", language: "English"), Reporter, Now, Newsroom.Languages);

        act.ShouldThrow<ClaimInputInvalid>().Errors.Keys.ShouldBe(["Statement", "ClaimantName", "Outlet", "AppearanceUrl", "Language"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://files.example.org/x")]
    [InlineData("not a url")]
    [InlineData("/relative/path")]
    public void An_appearance_url_that_is_not_http_or_https_is_refused(string url)
    {
        var act = () => RegisterClaimDecision.Decide(Command(url: url), Reporter, Now, Newsroom.Languages);

        act.ShouldThrow<ClaimInputInvalid>().Errors["AppearanceUrl"].ShouldHaveSingleItem().ShouldContain("http");
    }

    [Fact]
    public void A_claim_without_the_date_it_appeared_is_refused_at_the_field_not_given_today()
    {
        var act = () => RegisterClaimDecision.Decide(Command() with { AppearedOn = null }, Reporter, Now, Newsroom.Languages);

        act.ShouldThrow<ClaimInputInvalid>().Errors["AppearedOn"].ShouldBe(["The date the claim appeared is required: type it or pick it."]);
    }

    [Fact]
    public void An_appearance_in_the_future_is_refused()
    {
        var act = () => RegisterClaimDecision.Decide(Command(appeared: DateOnly.FromDateTime(Now.UtcDateTime).AddDays(3)), Reporter, Now, Newsroom.Languages);

        act.ShouldThrow<ClaimInputInvalid>().Errors["AppearedOn"].ShouldBe(["The date the claim appeared cannot be in the future."]);
    }

    [Fact]
    public void An_oversized_statement_is_refused_with_its_length()
    {
        var act = () => RegisterClaimDecision.Decide(Command(statement: new string('x', InputLimits.Statement + 1)), Reporter, Now, Newsroom.Languages);

        act.ShouldThrow<ClaimInputInvalid>().Errors["Statement"].Single().ShouldContain("2001 characters, at most 2000");
    }

    [Fact]
    public void More_than_ten_topics_are_refused()
    {
        var act = () => RegisterClaimDecision.Decide(Command(topics: [.. Enumerable.Range(1, 11).Select(i => $"Topic {i}")]), Reporter, Now, Newsroom.Languages);

        act.ShouldThrow<ClaimInputInvalid>().Errors.Keys.ShouldBe(["Topics"]);
    }

    [Fact]
    public void A_claimant_name_on_two_lines_is_refused()
    {
        var act = () => RegisterClaimDecision.Decide(Command(claimant: "Ana\nRuiz"), Reporter, Now, Newsroom.Languages);

        act.ShouldThrow<ClaimInputInvalid>().Errors.Keys.ShouldBe(["ClaimantName"]);
    }

    [Theory]
    [InlineData("ClaimantName")]
    [InlineData("ClaimantAffiliation")]
    [InlineData("Outlet")]
    [InlineData("Context")]
    [InlineData("Topics")]
    public void An_oversized_field_is_refused_under_its_own_name(string field)
    {
        var tooLong = new string('x', 4_001);
        var command = Command() with
        {
            ClaimantName = field == "ClaimantName" ? tooLong[..(InputLimits.Name + 1)] : "Ana Ruiz",
            ClaimantAffiliation = field == "ClaimantAffiliation" ? tooLong[..(InputLimits.Name + 1)] : null,
            Outlet = field == "Outlet" ? tooLong[..(InputLimits.Name + 1)] : "Evening News",
            Context = field == "Context" ? tooLong[..(InputLimits.Context + 1)] : null,
            Topics = field == "Topics" ? [tooLong[..(InputLimits.Topic + 1)]] : ["Elections"],
        };

        var act = () => RegisterClaimDecision.Decide(command, Reporter, Now, Newsroom.Languages);

        act.ShouldThrow<ClaimInputInvalid>().Errors.Keys.ShouldBe([field]);
    }

    [Fact]
    public void Topics_are_one_topic_per_slug_whatever_the_case_accents_or_spacing()
    {
        var registered = RegisterClaimDecision.Decide(
            Command(topics: ["Acción  Democrática", "accion democratica", " ACCIÓN-DEMOCRÁTICA ", "", "Public health"]), Reporter, Now, Newsroom.Languages);

        registered.Topics.ShouldBe(["Acción Democrática", "Public health"]);
    }

    [Fact]
    public void The_topic_limit_counts_topics_after_duplicates_are_merged()
    {
        string[] topics = [.. Enumerable.Range(1, 10).Select(i => $"Topic {i}"), "topic 1", "TOPIC-2"];

        RegisterClaimDecision.Decide(Command(topics: topics), Reporter, Now, Newsroom.Languages).Topics.Count.ShouldBe(10);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("http://news.example.org/a")]
    [InlineData("https://news.example.org/a?b=c")]
    public void An_appearance_url_is_optional_and_may_be_http_or_https(string? url) =>
        RegisterClaimDecision.Decide(Command(url: url), Reporter, Now, Newsroom.Languages).FirstAppearance.Url.ShouldBe(url);

    [Fact]
    public void An_appearance_dated_tomorrow_is_accepted_because_it_is_already_today_somewhere()
    {
        var tomorrow = DateOnly.FromDateTime(Now.UtcDateTime).AddDays(1);

        RegisterClaimDecision.Decide(Command(appeared: tomorrow), Reporter, Now, Newsroom.Languages).FirstAppearance.AppearedOn.ShouldBe(tomorrow);
    }

    [Fact]
    public void An_appearance_before_1800_is_refused_as_a_likely_typo()
    {
        var act = () => RegisterClaimDecision.Decide(Command(appeared: new DateOnly(1015, 3, 1)), Reporter, Now, Newsroom.Languages);

        act.ShouldThrow<ClaimInputInvalid>().Errors["AppearedOn"].Single().ShouldContain("1800");
    }

    [Fact]
    public void A_claim_needs_an_id()
    {
        var act = () => RegisterClaimDecision.Decide(Command() with { ClaimId = Guid.Empty }, Reporter, Now, Newsroom.Languages);

        act.ShouldThrow<ClaimInputInvalid>().Errors.Keys.ShouldBe(["ClaimId"]);
    }

    [Fact]
    public void A_claim_in_a_language_the_newsroom_does_not_publish_in_is_refused_at_the_field()
    {
        var act = () => RegisterClaimDecision.Decide(Command(language: "fr"), Reporter, Now, ["en", "es"]);

        act.ShouldThrow<ClaimInputInvalid>().Errors["Language"].ShouldBe(["The newsroom publishes in English (en), Español (es): choose one of them."]);
    }

    [Fact]
    public void A_configured_language_is_stored_lower_case()
    {
        RegisterClaimDecision.Decide(Command(language: "pt-BR"), Reporter, Now, ["en", "pt-br"]).Language.ShouldBe("pt-br");
        RegisterClaimDecision.Decide(Command(language: "es"), Reporter, Now, ["en", "es"]).Language.ShouldBe("es");
    }
}
