using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Publication;
using ClaimTrack.Web.Features.Claims.Translations;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;
using static ClaimTrack.Tests.Features.Claims.Translations.TranslationScenario;

namespace ClaimTrack.Tests.Features.Claims.Translations;

/// <summary>A translation is reviewed like any public change (ReviewPublicChangeDecision), and then is the claim's.</summary>
public sealed class TranslationReviewTests
{
    [Fact]
    public void Approval_records_the_translation_as_proposed_and_the_claim_carries_it()
    {
        var waiting = TranslationWaiting();

        var approved = When(Given(waiting), new ApprovePublicChange(ChangeId), OtherEditor).ShouldHaveSingleItem().ShouldBeOfType<TranslationApproved>();
        var claim = Given([.. waiting, approved]);

        approved.Translation.ShouldBe(Proposal(waiting).Translation! with { ApprovedAt = Now });
        (approved.ProposedBy, approved.By).ShouldBe((Reporter, OtherEditor));
        claim.Translations.ShouldBe([approved.Translation]);
        claim.PendingChange.ShouldBeNull();
        // Not an edit of the claim: nothing waits for the next publication because of it.
        claim.HasUnpublishedChanges.ShouldBeFalse();
    }

    [Fact]
    public void The_translator_cannot_approve_their_own_translation_under_the_two_person_rule()
    {
        var claim = Given(TranslationWaiting());

        var own = () => When(claim, new ApprovePublicChange(ChangeId), Reporter);
        var alone = When(claim, new ApprovePublicChange(ChangeId), Reporter, WithoutTwoPersonRule);

        own.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("someone other than the person who proposed it");
        alone.ShouldHaveSingleItem().ShouldBeOfType<TranslationApproved>();
    }

    [Fact]
    public void A_translation_sent_back_never_reaches_the_claim()
    {
        var claim = Given([.. TranslationWaiting(), .. When(Given(TranslationWaiting()), new SendBackPublicChange(ChangeId, "Falta el contexto."), OtherEditor)]);

        claim.Translations.ShouldBeEmpty();
        claim.LastChangeSentBack!.Kind.ShouldBe(PublicChangeKind.Translation);
    }

    [Fact]
    public void A_translation_of_words_readers_no_longer_read_is_refused()
    {
        // Other words reached readers after the translation was proposed (a scheduled release, say).
        var waiting = TranslationWaiting();
        var shown = Given(waiting).Shown!;
        var republished = new ClaimPublished(ClaimId, shown with { Verdict = shown.Verdict with { Summary = "Turnout was 71%." } }, null, Editor, Now);
        var claim = Given([.. waiting, republished]);

        var act = () => When(claim, new ApprovePublicChange(ChangeId), OtherEditor);

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("changed after this translation was proposed");
    }

    [Fact]
    public void A_revision_replaces_the_translation_in_its_language()
    {
        var revised = Reviewed(Translated(), Spanish("La participación fue la mayor en cuatro décadas."));

        Given(revised).Translations.ShouldHaveSingleItem().Text.Statement.ShouldBe("La participación fue la mayor en cuatro décadas.");
    }

    [Fact]
    public void A_withdrawal_is_reviewed_and_then_the_translation_is_gone()
    {
        var waiting = Proposing(Translated(), new WithdrawTranslation(ChangeId, "es", "A figure was mistranslated."));
        var claim = Given(waiting);

        var withdrawn = When(claim, new ApprovePublicChange(ChangeId), OtherEditor).ShouldHaveSingleItem().ShouldBeOfType<TranslationWithdrawn>();

        (withdrawn.Language, withdrawn.Reason, withdrawn.ProposedBy).ShouldBe(("es", "A figure was mistranslated.", Reporter));
        claim.PendingChange!.Kind.ShouldBe(PublicChangeKind.TranslationWithdrawal);
        claim.Translations.ShouldNotBeEmpty(); // until approved, readers keep it
        Given([.. waiting, withdrawn]).Translations.ShouldBeEmpty();
    }

    [Fact]
    public void Only_a_translation_readers_have_can_be_withdrawn()
    {
        var act = () => When(Given(PublishedHistory()), new WithdrawTranslation(ChangeId, "es", "No longer needed."));
        var noReason = () => When(Given(Translated()), new WithdrawTranslation(ChangeId, "es", " "));

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("Readers have no es translation");
        noReason.ShouldThrow<ClaimInputInvalid>().Errors.Keys.ShouldBe(["Reason"]);
    }
}
