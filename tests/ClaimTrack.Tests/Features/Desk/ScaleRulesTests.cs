using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Ratings;
using ClaimTrack.Web.Features.Desk.Admin;

namespace ClaimTrack.Tests.Features.Desk;

public sealed class ScaleRulesTests
{
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
}
