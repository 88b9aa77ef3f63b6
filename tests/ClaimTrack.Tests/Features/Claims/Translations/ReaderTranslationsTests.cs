using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Publication;
using ClaimTrack.Web.Features.Claims.Translations;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;
using static ClaimTrack.Tests.Features.Claims.Translations.TranslationScenario;

namespace ClaimTrack.Tests.Features.Claims.Translations;

/// <summary>What the reader's view of a claim (ReaderClaimProjection) holds of its translations.</summary>
public sealed class ReaderTranslationsTests
{
    [Fact]
    public void A_proposed_translation_is_not_in_the_readers_view()
    {
        var view = Shown(TranslationWaiting())!;

        view.Translations.ShouldBeEmpty();
        view.TranslatedInto.ShouldBeEmpty();
        view.TranslationInto("es").ShouldBeNull();
    }

    [Fact]
    public void An_approved_translation_is_in_the_readers_view_without_moving_its_last_update()
    {
        var history = Translated();
        var before = Shown(PublishedHistory())!;

        var view = Shown(history)!;

        view.TranslatedInto.ShouldBe(["es"]);
        view.TranslationInto("ES")!.Text.Statement.ShouldBe("La participación fue la más alta en cuarenta años.");
        view.TranslationsChangedAt.ShouldBe(((TranslationApproved)history[^1]).At);
        view.LastModifiedAt.ShouldBe(before.LastModifiedAt);
    }

    [Fact]
    public void A_correction_puts_the_translation_out_of_date_until_a_revision_of_the_new_words_is_approved()
    {
        var corrected = Reviewed(Translated(), new Web.Features.Claims.Verdicts.IssueCorrection("Turnout was 71%.", "The table says **71%**.", "Figure", ChangeId), Editor);

        var view = Shown(corrected)!;
        var revised = Shown(Reviewed(corrected, Spanish()))!;

        view.TranslatedInto.ShouldBeEmpty();
        view.TranslationInto("es").ShouldBeNull();
        view.Translations.ShouldHaveSingleItem(); // kept: the desk still sees what it said
        revised.TranslatedInto.ShouldBe(["es"]);
        revised.TranslationInto("es")!.Original.Summary.ShouldBe("Turnout was 71%.");
    }

    [Fact]
    public void A_withdrawn_translation_leaves_the_readers_view()
    {
        var history = Reviewed(Translated(), new WithdrawTranslation(ChangeId, "es", "A figure was mistranslated."));

        var view = Shown(history)!;

        view.Translations.ShouldBeEmpty();
        view.TranslatedInto.ShouldBeEmpty();
        view.TranslationsChangedAt.ShouldBe(((TranslationWithdrawn)history[^1]).At);
    }

    [Fact]
    public void Approving_and_withdrawing_a_translation_moves_the_time_machines_poll_for_changes()
    {
        var published = Shown(PublishedHistory())!;
        var approved = Translated();
        var withdrawn = Reviewed(approved, new WithdrawTranslation(ChangeId, "es", "A figure was mistranslated."));

        published.RecordChangedAt.ShouldBe(published.LastModifiedAt);
        Shown(approved)!.RecordChangedAt.ShouldBe(((TranslationApproved)approved[^1]).At);
        Shown(approved)!.RecordChangedAt.ShouldBeGreaterThan(published.LastModifiedAt);
        Shown(withdrawn)!.RecordChangedAt.ShouldBe(((TranslationWithdrawn)withdrawn[^1]).At);
    }

    [Fact]
    public void Proposals_carry_the_kind_of_translation_change_for_the_review_queue()
    {
        PublicChangeWords.Article(PublicChangeKind.Translation, "es").ShouldBe("a translation into es");
        PublicChangeWords.Noun(PublicChangeKind.TranslationWithdrawal).ShouldBe("translation withdrawal");
    }
}
