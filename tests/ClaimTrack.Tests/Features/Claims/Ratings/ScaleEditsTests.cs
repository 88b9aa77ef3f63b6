using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Ratings;

namespace ClaimTrack.Tests.Features.Claims.Ratings;

public sealed class ScaleEditsTests
{
    private static readonly Actor Admin = new("admin", "Lena Fischer");
    private static readonly DateTimeOffset Monday = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Adding_a_rating_offers_it_and_logs_it_in_plain_words()
    {
        var next = ScaleEdits.Add(RatingScale.Default(), new NewRating("Needs context", 3, "#0b57d0", "Missing context changes its meaning."), Admin, Monday);

        next.Offers("needs-context").ShouldBeTrue();
        next.Find("needs-context")!.Definition.ShouldBe("Missing context changes its meaning.");
        next.Changes.ShouldBe([new ScaleChange(Monday, Admin, "Added \"Needs context\" (ClaimReview value 3): \"Missing context changes its meaning.\"")]);
    }

    [Fact]
    public void Adding_leaves_the_scale_it_was_given_alone()
    {
        var current = RatingScale.Default();

        ScaleEdits.Add(current, new NewRating("Needs context", 3, "#0b57d0", "Missing context."), Admin, Monday);

        current.Ratings.Count.ShouldBe(7);
        current.Changes.ShouldBeEmpty();
    }

    [Fact]
    public void Retiring_stops_offering_a_rating_but_old_verdicts_keep_its_label_and_colour()
    {
        var edited = RatingScale.Default();
        var index = edited.Ratings.FindIndex(r => r.Key == "unproven");
        edited.Ratings[index] = edited.Ratings[index] with { Retired = true };

        var next = ScaleEdits.Revise(RatingScale.Default(), edited, Admin, Monday);

        next.Offers("unproven").ShouldBeFalse();
        next.Offered.ShouldNotContain(r => r.Key == "unproven");
        next.LabelOf("unproven").ShouldBe("Unproven");
        next.Find("unproven")!.Colour.ShouldBe("#5f6368");
    }

    [Fact]
    public void Each_change_is_logged_with_when_who_and_what()
    {
        var current = RatingScale.Default();
        current.Ratings[4] = current.Ratings[4] with { Retired = true }; // "false" was retired earlier
        var edited = current.Copy();
        edited.Ratings[0] = edited.Ratings[0] with { Label = "Accurate", ClaimReviewValue = 4, Colour = "#00AA00", Definition = "Checks out." };
        edited.Ratings[4] = edited.Ratings[4] with { Retired = false };
        edited.Ratings[5] = edited.Ratings[5] with { Retired = true };

        var next = ScaleEdits.Revise(current, edited, Admin, Monday);

        next.Changes.Select(c => c.What).ShouldBe([
            "Renamed \"True\" to \"Accurate\".",
            "Changed the ClaimReview value of \"Accurate\" from 5 to 4.",
            "Changed the colour of \"Accurate\" from #1b7f3b to #00AA00.",
            "Changed the definition of \"Accurate\": \"Checks out.\"",
            "Restored \"False\": it can be given to new verdicts again.",
            "Retired \"Misleading\": no longer given to new verdicts; older verdicts keep it.",
        ]);
        next.Changes.ShouldAllBe(c => c.At == Monday && c.By == Admin);
    }

    [Fact]
    public void A_save_that_changes_nothing_is_refused_rather_than_logged()
    {
        Should.Throw<ClaimRuleBroken>(() => ScaleEdits.Revise(RatingScale.Default(), RatingScale.Default(), Admin, Monday))
            .Message.ShouldBe("Nothing on the scale changed.");
    }

    [Fact]
    public void A_scale_stored_before_definitions_gets_the_default_words()
    {
        var old = RatingScale.Default();
        old.Ratings[0] = old.Ratings[0] with { Definition = "" };
        old.Ratings.Add(new Rating("satire", "Satire", 3, "#123456"));

        old.WithDefaultDefinitions();

        old.Find("true")!.Definition.ShouldStartWith("The claim is accurate");
        old.Find("satire")!.Definition.ShouldBe("");
    }

    [Fact]
    public void A_rating_is_named_in_the_asked_language_and_in_the_default_where_it_has_no_words_in_it()
    {
        var scale = RatingScale.Default();
        scale.Ratings[6] = scale.Ratings[6].Translated("es", "", "");

        scale.LabelOf("false", "es").ShouldBe("Falso");
        scale.LabelOf("false", "es-ve").ShouldBe("Falso");
        scale.Find("misleading")!.DefinitionIn("es").ShouldStartWith("Los hechos pueden ser ciertos");
        scale.LabelOf("false", "en").ShouldBe("False");
        scale.LabelOf("unproven", "es").ShouldBe("Unproven");
        scale.Find("unproven")!.DefinitionIn("es").ShouldStartWith("The evidence available");
    }

    [Fact]
    public void A_translation_edit_is_logged_per_language_and_an_emptied_one_is_removed()
    {
        var current = RatingScale.Default();
        var edited = current.Copy();
        edited.Ratings[4] = edited.Ratings[4].Translated("es", " Falsa ", "La afirmación no es exacta: las pruebas la contradicen.");
        edited.Ratings[5] = edited.Ratings[5] with { Translations = new Dictionary<string, RatingWords> { ["es"] = new(" ", "") } };

        var next = ScaleEdits.Revise(current, edited, Admin, Monday);

        next.Changes.Select(c => c.What).ShouldBe([
            "Set the es label of \"False\" to \"Falsa\".",
            "Removed the es label of \"Misleading\".",
            "Removed the es definition of \"Misleading\".",
        ]);
        next.Find("false")!.LabelIn("es").ShouldBe("Falsa");
        next.Find("misleading")!.Translations.ShouldBeNull();
    }

    [Fact]
    public void A_translated_label_keeps_the_label_rules()
    {
        var edited = RatingScale.Default();
        edited.Ratings[4] = edited.Ratings[4].Translated("es", new string('x', ScaleRules.LabelLimit + 1), "");

        Should.Throw<ClaimRuleBroken>(() => ScaleEdits.Revise(RatingScale.Default(), edited, Admin, Monday)).Message.ShouldContain("\"False\" in es");
    }
}
