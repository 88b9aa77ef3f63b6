using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Editing;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Claims.Editing;

public sealed class EditClaimDecisionTests
{
    private static EditClaim Unchanged(Claim claim) => new(
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

    [Fact]
    public void A_claim_moves_only_to_a_language_the_newsroom_publishes_in()
    {
        var claim = Given(Registered());

        ((ClaimTextEdited)When(claim, Unchanged(claim) with { Language = "es" }).Single()).Language.ShouldBe("es");
        var act = () => When(claim, Unchanged(claim) with { Language = "de" });
        act.ShouldThrow<ClaimInputInvalid>().Errors.Keys.ShouldBe(["Language"]);
    }

    [Fact]
    public void A_claim_stored_in_a_language_no_longer_configured_keeps_it_through_other_edits()
    {
        var claim = Given(Registered() with { Language = "pt-BR" });

        var events = When(claim, Unchanged(claim) with { Statement = "Turnout was a record." });

        ((ClaimTextEdited)events.Single()).Language.ShouldBe("pt-BR");
    }

    [Fact]
    public void Extra_whitespace_and_a_duplicate_topic_are_not_changes()
    {
        var claim = Given(Registered("Ana Ruiz", "Elections", "Turnout"));
        var edit = Unchanged(claim) with { Statement = $"  {claim.Statement} ", ClaimantName = " Ana Ruiz ", Topics = ["Elections", " elections", "Turnout"] };

        When(claim, edit).ShouldBeEmpty();
    }

    [Fact]
    public void A_changed_statement_alone_is_a_text_edit_and_nothing_else()
    {
        var claim = Given(Registered());

        var edited = When(claim, Unchanged(claim) with { Statement = " Turnout was a record. ", Context = "Said at a rally." })
            .ShouldHaveSingleItem().ShouldBeOfType<ClaimTextEdited>();

        (edited.Statement, edited.Context, edited.Language).ShouldBe(("Turnout was a record.", "Said at a rally.", "en"));
    }

    [Fact]
    public void A_changed_affiliation_changes_the_claimant_and_keeps_the_previous_one()
    {
        var claim = Given(Registered());

        var changed = When(claim, Unchanged(claim) with { ClaimantAffiliation = "Former minister" })
            .ShouldHaveSingleItem().ShouldBeOfType<ClaimantChanged>();

        changed.Previous.ShouldBe(new Claimant("Ana Ruiz", ClaimantKind.Person, "Minister"));
        changed.Claimant.ShouldBe(new Claimant("Ana Ruiz", ClaimantKind.Person, "Former minister"));
    }

    [Fact]
    public void Applying_a_retag_leaves_the_claim_with_the_edited_topics()
    {
        var claim = Given(Registered("Ana Ruiz", "Elections", "Turnout"));

        claim.Apply((ClaimRetagged)When(claim, Unchanged(claim) with { Topics = ["Turnout", "Polling"] }).Single());

        claim.Topics.ShouldBe(["Turnout", "Polling"], ignoreOrder: true);
    }

    [Fact]
    public void An_edit_reports_every_field_problem_at_once()
    {
        var claim = Given(Registered());
        var edit = Unchanged(claim) with
        {
            ClaimantName = new string('n', InputLimits.Name + 1),
            Topics = [.. Enumerable.Range(1, 11).Select(i => $"Topic {i}")],
            Language = "",
        };

        var act = () => When(claim, edit);

        act.ShouldThrow<ClaimInputInvalid>().Errors.Keys.ShouldBe(["ClaimantName", "Topics", "Language"], ignoreOrder: true);
    }
}
