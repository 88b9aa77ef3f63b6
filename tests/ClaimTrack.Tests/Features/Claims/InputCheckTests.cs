using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Registration;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Claims;

/// <summary>Text pasted from another program can carry characters no page, feed or database can hold: refused at the field.</summary>
public sealed class InputCheckTests
{
    private static RegisterClaim Command(string statement, string claimant = "Ana Ruiz", string[]? topics = null) =>
        new(ClaimId, statement, false, claimant, ClaimantKind.Person, null, "Evening News", null, new DateOnly(2025, 3, 1), null,
            topics ?? ["Elections"], "en");

    [Theory]
    [InlineData("Turnout\u000Bwas high.")]
    [InlineData("Turnout\0was high.")]
    [InlineData("Turnout was high.\u001B")]
    [InlineData("Turnout \uFFFF was high.")]
    public void A_control_character_or_a_broken_character_is_refused_at_its_field(string statement)
    {
        var refused = Should.Throw<ClaimInputInvalid>(() => RegisterClaimDecision.Decide(Command(statement), Reporter, Now, Newsroom.Languages));

        refused.Errors.Keys.ShouldBe(["Statement"]);
        refused.Errors["Statement"].Single().ShouldContain("control character");
    }

    [Fact]
    public void Half_of_a_character_is_refused()
    {
        // Built at run time: an attribute cannot carry a lone surrogate (the compiler stores it as U+FFFD).
        var statement = "Turnout " + new string('\uD800', 1) + " was high.";

        Should.Throw<ClaimInputInvalid>(() => RegisterClaimDecision.Decide(Command(statement), Reporter, Now, Newsroom.Languages)).Errors.Keys.ShouldBe(["Statement"]);
    }

    [Fact]
    public void Names_and_topics_are_checked_too()
    {
        var refused = Should.Throw<ClaimInputInvalid>(() =>
            RegisterClaimDecision.Decide(Command("Turnout was high.", "Ana\0Ruiz", ["Elec\u0007tions"]), Reporter, Now, Newsroom.Languages));

        refused.Errors.Keys.ShouldBe(["ClaimantName", "Topics"], ignoreOrder: true);
    }

    [Fact]
    public void Line_breaks_tabs_accents_and_emoji_are_ordinary_text()
    {
        var registered = RegisterClaimDecision.Decide(Command("Díaz said:\tturnout was «high» 🗳️\nand rising."), Reporter, Now, Newsroom.Languages);

        registered.Statement.ShouldBe("Díaz said:\tturnout was «high» 🗳️\nand rising.");
    }
}
