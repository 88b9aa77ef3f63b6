using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Editing;
using ClaimTrack.Web.Features.Claims.Evidence;
using ClaimTrack.Web.Features.Claims.Writing;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Claims.Editing;

/// <summary>The history, the live notice and the conflict message all read these words: each names what changed.</summary>
public sealed class ClaimEditWordsTests
{
    private static EditClaim Unchanged(Claim claim) => new(
        claim.Statement, claim.IsVerbatimQuote, claim.Claimant.Name, claim.Claimant.Kind, claim.Claimant.Affiliation,
        claim.Context, claim.Topics, claim.Language);

    // From the decision to the words, as a save reaches another editor's notice.
    private static string Said(Claim claim, EditClaim edit) => ClaimConflicts.Describe(When(claim, edit));

    [Fact]
    public void A_context_only_edit_says_it_edited_the_context_with_before_and_after()
    {
        var claim = Given(Registered());

        Said(claim, Unchanged(claim) with { Context = "Said on the radio." })
            .ShouldBe("Rosa Díaz edited the context: «» → «Said on the radio.» at 2025-03-10 12:00 UTC");
    }

    [Fact]
    public void A_statement_edit_shows_the_old_and_the_new_statement()
    {
        var claim = Given(Registered());

        Said(claim, Unchanged(claim) with { Statement = "Turnout was a record." })
            .ShouldStartWith("Rosa Díaz edited the statement: «Turnout was the highest in forty years.» → «Turnout was a record.» at ");
    }

    [Fact]
    public void Several_text_fields_are_each_named()
    {
        var claim = Given(Registered());

        Said(claim, Unchanged(claim) with { IsVerbatimQuote = false, Language = "es" })
            .ShouldStartWith("Rosa Díaz edited the verbatim flag and language (verbatim flag: on → off; language: en → es) at ");
    }

    [Fact]
    public void Topics_name_what_was_added_and_removed()
    {
        var claim = Given(Registered("Ana Ruiz", "Elections", "Turnout"));

        Said(claim, Unchanged(claim) with { Topics = ["Elections", "Polling", "Census"] })
            .ShouldStartWith("Rosa Díaz changed the topics: added «Polling», «Census»; removed «Turnout» at ");
    }

    [Fact]
    public void A_claimant_change_names_the_old_and_the_new_claimant()
    {
        var claim = Given(Registered());

        Said(claim, Unchanged(claim) with { ClaimantName = "Ana M. Ruiz" })
            .ShouldStartWith("Rosa Díaz changed the claimant: «Ana Ruiz» → «Ana M. Ruiz» at ");
        Said(claim, Unchanged(claim) with { ClaimantAffiliation = "Senator" })
            .ShouldStartWith("Rosa Díaz changed the claimant's affiliation: «Minister» → «Senator» at ");
    }

    [Fact]
    public void One_save_that_changes_text_and_topics_names_both()
    {
        var claim = Given(Registered());

        Said(claim, Unchanged(claim) with { Context = "At a rally.", Topics = ["Elections", "Turnout"] })
            .ShouldBe("Rosa Díaz edited the context: «» → «At a rally.» at 2025-03-10 12:00 UTC; " +
                      "Rosa Díaz changed the topics: added «Turnout» at 2025-03-10 12:00 UTC");
    }

    [Fact]
    public void An_edit_stored_without_its_previous_text_does_not_guess_a_field()
    {
        var edit = new ClaimTextEdited(ClaimId, "Turnout was a record.", true, null, "en", Reporter, Now);

        ClaimEditWords.TextEdited(edit).ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe("edited the claim's text");
    }

    [Fact]
    public void An_evidence_correction_names_the_fields_it_changed()
    {
        var claim = Given(Registered(), EvidenceAttached());
        var fixedDetails = Details("Turnout by region") with { Excerpt = "Turnout 69%." };

        var words = ClaimConflicts.Describe(When(claim, new CorrectEvidence(EvidenceId, fixedDetails, "Wrong table.")));

        words.ShouldStartWith("Rosa Díaz corrected evidence \"Turnout by region\" (title and excerpt; it was \"Official turnout figures\") at ");
        EvidenceCorrectionWords.Fields(new EvidenceCorrected(ClaimId, EvidenceId, fixedDetails, "x", Reporter, Now)).ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe("");
    }
}
