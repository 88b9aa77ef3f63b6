using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Publication;
using ClaimTrack.Web.Features.Claims.Translations;
using ClaimTrack.Web.Features.Claims.Writing;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;
using static ClaimTrack.Tests.Features.Claims.Translations.TranslationScenario;

namespace ClaimTrack.Tests.Features.Claims.Translations;

public sealed class ProposeTranslationDecisionTests
{
    [Fact]
    public void A_translation_of_a_published_claim_is_proposed_as_a_public_change_of_its_published_words()
    {
        var proposal = When(Given(PublishedHistory()), Spanish()).ShouldHaveSingleItem().ShouldBeOfType<PublicChangeProposed>();

        (proposal.Kind, proposal.Reason, proposal.Content, proposal.By).ShouldBe((PublicChangeKind.Translation, "A new translation.", null, Reporter));
        var translation = proposal.Translation.ShouldNotBeNull();
        translation.Language.ShouldBe("es");
        // Trimmed, and a blank context is no context.
        translation.Text.ShouldBe(new FactCheckText("La participación fue la más alta en cuarenta años.", null, "No es un récord de cuarenta años.", "La participación fue del **71 %**."));
        translation.Original.ShouldBe(new FactCheckText("Turnout was the highest in forty years.", null, "Not a forty-year record.", "Turnout was **71%**."));
        translation.ApprovedAt.ShouldBeNull();
    }

    [Fact]
    public void Only_the_newsrooms_languages_can_be_chosen_and_are_spelled_as_the_newsroom_spells_them()
    {
        var published = Given(PublishedHistory());

        var unknown = () => When(published, Spanish() with { Language = "fr" });
        var spelled = When(published, Spanish() with { Language = " ES " }).OfType<PublicChangeProposed>().Single();

        unknown.ShouldThrow<ClaimInputInvalid>().Errors["TranslationLanguage"].ShouldBe(["Choose one of the newsroom's languages: en, es."]);
        spelled.Translation!.Language.ShouldBe("es");
    }

    [Fact]
    public void A_translation_is_into_another_language_than_the_claims_own()
    {
        var act = () => When(Given(PublishedHistory()), Spanish() with { Language = "en" });

        act.ShouldThrow<ClaimInputInvalid>().Errors["TranslationLanguage"].Single().ShouldContain("written in en");
    }

    [Fact]
    public void Every_translated_field_is_checked_at_once()
    {
        var act = () => When(Given(PublishedHistory()), new ProposeTranslation(ChangeId, "es", " ", null, "Una\nlínea", ""));

        act.ShouldThrow<ClaimInputInvalid>().Errors.Keys.ShouldBe(["TranslatedStatement", "TranslatedSummary", "TranslatedReasoning"], ignoreOrder: true);
    }

    [Fact]
    public void A_claim_readers_cannot_read_cannot_be_translated()
    {
        var draft = () => When(Given(Approvable()), Spanish());
        var retracted = () => When(Given(RetractedHistory()), Spanish());

        draft.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("Only a published fact check can be translated");
        retracted.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("Only a published fact check can be translated");
    }

    [Fact]
    public void A_translation_waits_its_turn_behind_another_public_change()
    {
        var act = () => When(Given(TranslationWaiting()), Spanish() with { ChangeId = Guid.NewGuid() });

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("A change (translation) proposed by Rosa Díaz is already waiting");
    }

    [Fact]
    public void A_revision_is_proposed_over_the_approved_translation_but_the_same_words_again_are_no_change()
    {
        var translated = Given(Translated());

        var revision = When(translated, Spanish("La participación fue la mayor en cuatro décadas.")).OfType<PublicChangeProposed>().Single();
        var same = () => When(translated, Spanish());

        revision.Reason.ShouldBe("A revised translation.");
        same.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("Readers already read this es translation");
    }

    [Fact]
    public void Reporters_propose_translations_and_their_withdrawal_Editors_review_them()
    {
        ProposeTranslationDecision.Entry.Role.ShouldBe(NewsroomRole.Reporter);
        WithdrawTranslationDecision.Entry.Role.ShouldBe(NewsroomRole.Reporter);
        ClaimCommandCatalog.For(new ApprovePublicChange(ChangeId))!.Role.ShouldBe(NewsroomRole.Editor);
    }

    [Fact]
    public void The_history_words_a_translations_proposal_approval_and_withdrawal()
    {
        var translated = Translated();
        var withdrawal = Reviewed(translated, new WithdrawTranslation(ChangeId, "es", "A figure was mistranslated."));

        ClaimConflicts.Describe(translated[^2]).ShouldBe("Rosa Díaz proposed a translation into es for readers at 2025-03-10 04:00 UTC: A new translation.");
        ClaimConflicts.Describe(translated[^1]).ShouldBe("Mei Tanaka approved the es translation by Rosa Díaz for readers at 2025-03-10 06:00 UTC");
        ClaimConflicts.Describe(withdrawal[^2])
            .ShouldBe("Rosa Díaz proposed the withdrawal of the es translation for readers at 2025-03-10 04:00 UTC: A figure was mistranslated.");
        ClaimConflicts.Describe(withdrawal[^1])
            .ShouldBe("Mei Tanaka approved the withdrawal of the es translation at 2025-03-10 06:00 UTC: A figure was mistranslated.");
    }
}
