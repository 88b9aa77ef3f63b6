using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Ratings;

namespace ClaimTrack.Tests.Features.Claims.Ratings;

public sealed class ScaleRulesTests
{
    private static readonly NewRating NeedsContext = new("Needs context", 3, "#0b57d0", "True as far as it goes, but missing context changes its meaning.");

    [Fact]
    public void A_rating_can_be_renamed_recoloured_and_retired()
    {
        var proposed = RatingScale.Default();
        proposed.Ratings[0] = proposed.Ratings[0] with { Label = "Accurate", Colour = "#00ff00", Retired = true };

        Should.NotThrow(() => ScaleRules.Check(RatingScale.Default(), proposed));
    }

    [Fact]
    public void A_rating_cannot_be_removed_and_values_must_stay_on_the_scale()
    {
        var proposed = RatingScale.Default();
        proposed.Ratings.RemoveAt(0);
        proposed.Ratings[0] = proposed.Ratings[0] with { ClaimReviewValue = 9, Colour = "green" };

        var problem = Should.Throw<ClaimRuleBroken>(() => ScaleRules.Check(RatingScale.Default(), proposed)).Message;

        problem.ShouldContain("\"True\" cannot be removed, only retired");
        problem.ShouldContain("outside 1 to 5");
        problem.ShouldContain("needs a colour");
    }

    [Fact]
    public void Two_ratings_cannot_share_a_label()
    {
        var proposed = RatingScale.Default();
        proposed.Ratings[1] = proposed.Ratings[1] with { Label = "true" };

        Should.Throw<ClaimRuleBroken>(() => ScaleRules.Check(RatingScale.Default(), proposed)).Message.ShouldContain("Two ratings are called");
    }

    [Fact]
    public void A_new_rating_gets_its_key_from_the_label()
    {
        ScaleRules.CheckNew(RatingScale.Default(), NeedsContext with { Label = "  Needs context!  " }).ShouldBe("needs-context");
    }

    [Fact]
    public void A_new_rating_reports_every_field_problem_at_its_field()
    {
        var errors = Should.Throw<ClaimInputInvalid>(() =>
            ScaleRules.CheckNew(RatingScale.Default(), new NewRating("", 6, "blue", " "))).Errors;

        errors.Keys.ShouldBe(["Label", "ClaimReviewValue", "Colour", "Definition"], ignoreOrder: true);
        errors["ClaimReviewValue"].ShouldBe(["The ClaimReview value must be from 1 (worst) to 5 (best)."]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void A_new_rating_value_must_lie_between_worst_and_best(int value)
    {
        Should.Throw<ClaimInputInvalid>(() => ScaleRules.CheckNew(RatingScale.Default(), NeedsContext with { ClaimReviewValue = value }))
            .Errors.Keys.ShouldBe(["ClaimReviewValue"]);
    }

    [Fact]
    public void A_new_key_must_be_unique_even_against_retired_and_renamed_ratings()
    {
        var scale = RatingScale.Default();
        var index = scale.Ratings.FindIndex(r => r.Key == "false");
        scale.Ratings[index] = scale.Ratings[index] with { Label = "Wrong", Retired = true };

        // "False" would take over the key that old verdicts rated "Wrong" still carry.
        Should.Throw<ClaimInputInvalid>(() => ScaleRules.CheckNew(scale, NeedsContext with { Label = "False" }))
            .Errors["Label"].ShouldBe(["The scale already has the key \"false\" (\"Wrong\", retired): choose another label."]);
        Should.Throw<ClaimInputInvalid>(() => ScaleRules.CheckNew(scale, NeedsContext with { Label = "wrong" }))
            .Errors["Label"].ShouldBe(["A rating is already called \"Wrong\"."]);
        Should.Throw<ClaimInputInvalid>(() => ScaleRules.CheckNew(scale, NeedsContext with { Label = "?!" }))
            .Errors["Label"].ShouldBe(["Use letters or digits in the label."]);
    }

    [Fact]
    public void Control_characters_are_refused_in_labels_and_definitions_new_or_edited()
    {
        var errors = Should.Throw<ClaimInputInvalid>(() =>
            ScaleRules.CheckNew(RatingScale.Default(), NeedsContext with { Label = "Needs\0context", Definition = "Missing\u000Bcontext." })).Errors;
        errors.Keys.ShouldBe(["Label", "Definition"], ignoreOrder: true);

        var edited = RatingScale.Default();
        edited.Ratings[0] = edited.Ratings[0] with { Definition = "True\0." };
        Should.Throw<ClaimRuleBroken>(() => ScaleRules.Check(RatingScale.Default(), edited)).Message.ShouldContain("control character");
    }
}
