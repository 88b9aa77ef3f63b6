using ClaimTrack.Web.Features.Claims;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Claims.EditClaim;

public sealed class EditClaimDecisionTests
{
    private static Web.Features.Claims.EditClaim Unchanged(Claim claim) => new(
        claim.Statement, claim.IsVerbatimQuote, claim.Claimant.Name, claim.Claimant.Kind, claim.Claimant.Affiliation,
        claim.Context, claim.Topics, claim.Language);

    [Fact]
    public void Nothing_changed_means_no_events()
    {
        var claim = Given(Registered());

        When(claim, Unchanged(claim)).ShouldBeEmpty();
    }

    [Fact]
    public void Each_kind_of_change_is_its_own_event()
    {
        var claim = Given(Registered("Ana Ruiz", "Elections", "Turnout"));
        var edit = Unchanged(claim) with { Statement = "Turnout was a record.", ClaimantName = "Ana M. Ruiz", Topics = ["Elections", "Polling"] };

        var events = When(claim, edit);

        events.Select(e => e.GetType()).ShouldBe([typeof(ClaimTextEdited), typeof(ClaimantChanged), typeof(ClaimRetagged)]);
        var changed = (ClaimantChanged)events[1];
        (changed.Previous.Name, changed.Claimant.Name).ShouldBe(("Ana Ruiz", "Ana M. Ruiz"));
        var retagged = (ClaimRetagged)events[2];
        retagged.Added.ShouldBe(["Polling"]);
        retagged.Removed.ShouldBe(["Turnout"]);
    }

    [Fact]
    public void Edits_are_validated_like_a_registration()
    {
        var claim = Given(Registered());

        var act = () => When(claim, Unchanged(claim) with { Statement = "", Context = new string('c', InputLimits.Context + 1) });

        act.ShouldThrow<ClaimInputInvalid>().Errors.Keys.ShouldBe(["Statement", "Context"], ignoreOrder: true);
    }
}
