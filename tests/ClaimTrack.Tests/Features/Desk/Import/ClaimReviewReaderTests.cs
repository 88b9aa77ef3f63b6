using ClaimTrack.Web.Features.Desk.Import;

namespace ClaimTrack.Tests.Features.Desk.Import;

public sealed class ClaimReviewReaderTests
{
    private const string Review = """
        {
          "@context": "https://schema.org",
          "@type": "ClaimReview",
          "url": "https://checkers.example.org/turnout",
          "claimReviewed": "Turnout was the highest in forty years.",
          "datePublished": "2025-03-04T10:00:00Z",
          "inLanguage": "es",
          "author": { "@type": "Organization", "name": "Checkers United", "url": "https://checkers.example.org" },
          "itemReviewed": { "@type": "Claim", "author": { "@type": "Person", "name": "José Pérez" } },
          "reviewRating": { "@type": "Rating", "ratingValue": 1, "bestRating": 5, "worstRating": 1, "alternateName": "False" }
        }
        """;

    [Fact]
    public void A_single_claim_review_gives_every_field_the_newsroom_keeps()
    {
        var reading = ClaimReviewReader.Read(Review);

        reading.Skipped.ShouldBeEmpty();
        var review = reading.Reviews.ShouldHaveSingleItem();
        review.Organisation.ShouldBe("Checkers United");
        review.OrganisationUrl.ShouldBe("https://checkers.example.org/");
        review.ClaimReviewed.ShouldBe("Turnout was the highest in forty years.");
        review.Claimant.ShouldBe("José Pérez");
        review.ReviewedOn.ShouldBe(new DateOnly(2025, 3, 4));
        review.Rating.ShouldBe("False");
        review.ReviewUrl.ShouldBe("https://checkers.example.org/turnout");
        review.Language.ShouldBe("es");
    }

    [Fact]
    public void A_data_feed_of_items_in_googles_format_gives_each_review()
    {
        var feed = $$"""
            { "@context": "https://schema.org", "@type": "DataFeed", "dataFeedElement": [
                { "@type": "DataFeedItem", "item": [ {{Review}} ] },
                { "@type": "DataFeedItem", "item": {{Review.Replace("/turnout", "/prices").Replace("Turnout was the highest in forty years.", "Prices fell.")}} },
                {{Review.Replace("/turnout", "/direct")}}
            ] }
            """;

        var reading = ClaimReviewReader.Read(feed);

        reading.Reviews.Select(r => r.ReviewUrl).ShouldBe(["https://checkers.example.org/turnout", "https://checkers.example.org/prices", "https://checkers.example.org/direct"]);
        reading.Skipped.ShouldBeEmpty();
    }

    [Fact]
    public void An_array_and_a_graph_are_read_and_other_types_are_skipped_with_their_type()
    {
        var reading = ClaimReviewReader.Read($$"""[ {{Review}}, { "@graph": [ { "@type": "NewsArticle" }, {{Review.Replace("/turnout", "/graph")}} ] }, 42 ]""");

        reading.Reviews.Count.ShouldBe(2);
        reading.Skipped.Select(s => s.Reason).ShouldBe(["not a ClaimReview (a NewsArticle)", "not a ClaimReview (not an object)"]);
    }

    [Fact]
    public void Types_written_as_iris_or_arrays_are_understood() =>
        ClaimReviewReader.Read(Review.Replace("\"@type\": \"ClaimReview\"", "\"@type\": [\"http://schema.org/ClaimReview\"]")).Reviews.Count.ShouldBe(1);

    [Fact]
    public void An_html_page_gives_the_claim_reviews_in_its_json_ld_blocks()
    {
        var page = $$"""
            <!doctype html><html><head><title>Fact check</title>
            <script type="application/ld+json">{ "@type": "Organization", "name": "Checkers" }</script>
            <script type="Application/LD+JSON; charset=utf-8">{{Review}}</script>
            <script type="application/ld+json">{ not json</script>
            <script>var ignored = {"@type": "ClaimReview"};</script>
            </head><body><p>Turnout…</p></body></html>
            """;

        var reading = ClaimReviewReader.Read(page);

        reading.Reviews.ShouldHaveSingleItem().Organisation.ShouldBe("Checkers United");
        reading.Skipped.Select(s => $"{s.Item}: {s.Reason}").ShouldBe(["item 1: not a ClaimReview (a Organization)", "JSON-LD block 3: not valid JSON"]);
    }

    [Fact]
    public void Reviews_missing_who_what_or_the_rating_are_skipped_saying_what_is_missing()
    {
        var reading = ClaimReviewReader.Read($$$"""[ {"@type": "ClaimReview", "url": "https://x.example.org/1", "author": {"name": "X"}}, {{{Review.Replace("\"alternateName\": \"False\"", "\"name\": \"n\"").Replace("\"ratingValue\": 1,", "")}}} ]""");

        reading.Reviews.ShouldBeEmpty();
        reading.Skipped[0].ShouldBe(new("item 1 (https://x.example.org/1)", "missing claimReviewed (the claim's words) and reviewRating (their rating)"));
        reading.Skipped[1].Reason.ShouldBe("missing reviewRating (their rating)");
    }

    [Fact]
    public void A_rating_without_words_is_given_on_its_scale()
    {
        var review = ClaimReviewReader.Read(Review.Replace("\"alternateName\": \"False\"", "\"name\": \"x\"")).Reviews.Single();

        review.Rating.ShouldBe("1 on a scale of 1 (worst) to 5 (best)");
    }

    [Fact]
    public void Addresses_that_are_not_http_never_become_links()
    {
        var review = ClaimReviewReader.Read(Review.Replace("https://checkers.example.org/turnout", "javascript:alert(1)").Replace("\"url\": \"https://checkers.example.org\"", "\"url\": \"data:text/html,hi\"")).Reviews.Single();

        review.ReviewUrl.ShouldBeNull();
        review.OrganisationUrl.ShouldBeNull();
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   \n", "empty")]
    [InlineData("Just some words", "neither JSON nor an HTML page")]
    [InlineData("{ \"@type\": \"ClaimReview\", ", "not valid JSON (line 1)")]
    [InlineData("<html><body><p>No markup here</p></body></html>", "no JSON-LD")]
    public void Garbage_is_refused_as_a_whole_with_a_sentence(string input, string words) =>
        Should.Throw<ImportInputInvalid>(() => ClaimReviewReader.Read(input)).Message.ShouldContain(words);

    [Fact]
    public void A_deeply_nested_input_is_refused_not_a_crash() =>
        Should.Throw<ImportInputInvalid>(() => ClaimReviewReader.Read(new string('[', 500) + new string(']', 500)));

    [Fact]
    public void Long_texts_are_cut_to_the_desks_limits() =>
        ClaimReviewReader.Read(Review.Replace("Turnout was the highest in forty years.", new string('a', 5000))).Reviews.Single().ClaimReviewed.Length.ShouldBe(2000);
}
