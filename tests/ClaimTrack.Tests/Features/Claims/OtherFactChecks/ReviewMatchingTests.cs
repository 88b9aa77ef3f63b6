using ClaimTrack.Web.Features.Claims.OtherFactChecks;

namespace ClaimTrack.Tests.Features.Claims.OtherFactChecks;

public sealed class ReviewMatchingTests
{
    private static readonly Guid Ours = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Other = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly ClaimToCompare Turnout = new(Ours, "Turnout was the highest in forty years.", "José Pérez");

    [Fact]
    public void The_same_statement_matches_whatever_the_case_accents_punctuation_quotes_and_claimant()
    {
        var match = ReviewMatching.Decide(new ReviewToMatch("“TURNOUT was the highest in forty  years”", "Someone Else"), [Turnout]);

        match.ShouldBe(new ReviewMatch(Ours, ReviewMatching.SameStatement));
    }

    [Fact]
    public void A_reworded_statement_matches_only_with_the_same_claimant()
    {
        var reworded = "Says turnout was the highest in 40 years";
        ReviewWording.Similarity(reworded, Turnout.Statement).ShouldBeGreaterThanOrEqualTo(ReviewMatching.SimilarEnough);

        ReviewMatching.Decide(new ReviewToMatch(reworded, "Jose Perez"), [Turnout])
            .ShouldBe(new ReviewMatch(Ours, ReviewMatching.SimilarStatementSameClaimant));
        ReviewMatching.Decide(new ReviewToMatch(reworded, "Ana Gómez"), [Turnout]).ShouldBeNull();
        ReviewMatching.Decide(new ReviewToMatch(reworded, null), [Turnout]).ShouldBeNull();
    }

    [Fact]
    public void Another_claim_by_the_same_claimant_on_the_same_subject_does_not_match()
    {
        ReviewMatching.Decide(new ReviewToMatch("The opposition boycotted the election in most states.", "José Pérez"), [Turnout]).ShouldBeNull();
    }

    [Fact]
    public void The_same_statement_wins_over_a_closer_claimant_and_the_lowest_id_breaks_a_tie()
    {
        var similar = new ClaimToCompare(Guid.Parse("00000000-0000-0000-0000-000000000000"), "Turnout was the highest in forty years, he said", "Ana Gómez");
        var twin = Turnout with { ClaimId = Other };

        ReviewMatching.Decide(new ReviewToMatch(Turnout.Statement, "Ana Gómez"), [similar, twin, Turnout])!.ClaimId.ShouldBe(Ours);
    }

    [Fact]
    public void An_empty_claim_matches_nothing() =>
        ReviewMatching.Decide(new ReviewToMatch(" ... ", "José Pérez"), [Turnout with { Statement = "…" }]).ShouldBeNull();

    [Theory]
    [InlineData("Don't panic!", "dont panic")]
    [InlineData("  São  Paulo — 2,5%  ", "sao paulo 2 5")]
    [InlineData(null, "")]
    public void Wording_is_normalised(string? text, string expected) => ReviewWording.Normalise(text).ShouldBe(expected);

    [Fact]
    public void Similarity_is_one_for_the_same_words_and_zero_for_none_in_common()
    {
        ReviewWording.Similarity("Prices rose", "prices ROSE!").ShouldBe(1);
        ReviewWording.Similarity("Prices rose", "zzz qqq").ShouldBe(0);
        ReviewWording.Similarity("", "anything").ShouldBe(0);
    }

    [Fact]
    public void A_review_is_known_by_its_address_or_else_by_organisation_and_words()
    {
        var review = new OtherReviewDetails("Checkers", null, "Prices rose.", null, null, "False", "HTTPS://Checkers.example.org/a/", null);

        OtherReview.KeyFor(review).ShouldBe(OtherReview.KeyFor(review with { ReviewUrl = "https://checkers.example.org/a#top", Rating = "True" }));
        OtherReview.KeyFor(review with { ReviewUrl = null }).ShouldBe("text:checkers|prices rose");
        OtherReview.KeyFor(review with { ReviewUrl = null }).ShouldNotBe(OtherReview.KeyFor(review with { ReviewUrl = null, Organisation = "Others" }));
    }
}
