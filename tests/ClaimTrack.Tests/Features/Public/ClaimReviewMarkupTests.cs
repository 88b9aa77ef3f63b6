using System.Text.Json;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Public;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Public;

/// <summary>The schema.org ClaimReview JSON-LD, read back the way a search engine parses it.</summary>
public sealed class ClaimReviewMarkupTests
{
    private static readonly PublicContext Site = new("Harbour Checks", "https://factcheck.example.org", Scale);

    private static ReaderClaim ShownAfter(params object[] history) => Shown(Published(Given(history)))!;

    private static JsonElement Markup(ReaderClaim claim) => JsonDocument.Parse(ClaimReviewMarkup.For(claim, Site)).RootElement;

    [Fact]
    public void The_review_names_the_claim_its_address_the_newsroom_and_the_rating_on_the_scale()
    {
        var review = Markup(ShownAfter([.. AwaitingReview(), Approved(rating: "mostly-false")]));

        (review.GetProperty("@context").GetString(), review.GetProperty("@type").GetString()).ShouldBe(("https://schema.org", "ClaimReview"));
        review.GetProperty("url").GetString().ShouldBe($"https://factcheck.example.org/claims/{ClaimId}/turnout-was-the-highest-in-forty-years");
        review.GetProperty("claimReviewed").GetString().ShouldBe(Registered().Statement);
        var author = review.GetProperty("author");
        (author.GetProperty("@type").GetString(), author.GetProperty("name").GetString(), author.GetProperty("url").GetString())
            .ShouldBe(("Organization", "Harbour Checks", "https://factcheck.example.org/"));
        var rating = review.GetProperty("reviewRating");
        (rating.GetProperty("ratingValue").GetInt32(), rating.GetProperty("bestRating").GetInt32(), rating.GetProperty("worstRating").GetInt32())
            .ShouldBe((2, 5, 1));
        rating.GetProperty("alternateName").GetString().ShouldBe("Mostly false");
    }

    [Fact]
    public void The_review_is_in_the_claims_language_and_names_the_rating_in_it()
    {
        var spanish = ShownAfter([Registered() with { Language = "es" }, .. AwaitingReview().Skip(1), Approved(rating: "false")]);
        var english = ShownAfter([.. AwaitingReview(), Approved(rating: "false")]);

        Markup(spanish).GetProperty("inLanguage").GetString().ShouldBe("es");
        Markup(spanish).GetProperty("reviewRating").GetProperty("alternateName").GetString().ShouldBe("Falso");
        Markup(english).GetProperty("inLanguage").GetString().ShouldBe("en");
        Markup(english).GetProperty("reviewRating").GetProperty("alternateName").GetString().ShouldBe("False");
    }

    [Fact]
    public void Dates_are_given_in_utc_the_publication_as_a_day_the_last_change_to_the_second()
    {
        var claim = ShownAfter(Approvable());
        claim.FirstPublishedAt = new DateTimeOffset(2025, 3, 11, 0, 30, 0, TimeSpan.FromHours(2));
        claim.LastModifiedAt = new DateTimeOffset(2025, 3, 12, 14, 30, 5, TimeSpan.FromHours(2));

        var review = Markup(claim);

        review.GetProperty("datePublished").GetString().ShouldBe("2025-03-10");
        review.GetProperty("dateModified").GetString().ShouldBe("2025-03-12T12:30:05Z");
    }

    [Fact]
    public void The_item_reviewed_is_the_claimants_claim_with_its_first_and_every_appearance()
    {
        var later = new Appearance(Guid.NewGuid(), "Morning Radio", null, new DateOnly(2025, 3, 4), null, false);
        var review = Markup(ShownAfter([Registered(), new AppearanceRecorded(ClaimId, later, Reporter, Now.AddDays(-2)), .. Approvable().Skip(1)]));

        var item = review.GetProperty("itemReviewed");
        item.GetProperty("@type").GetString().ShouldBe("Claim");
        item.GetProperty("datePublished").GetString().ShouldBe("2025-03-01");
        var claimant = item.GetProperty("author");
        (claimant.GetProperty("@type").GetString(), claimant.GetProperty("name").GetString(), claimant.GetProperty("jobTitle").GetString())
            .ShouldBe(("Person", "Ana Ruiz", "Minister"));
        var first = item.GetProperty("firstAppearance");
        (first.GetProperty("url").GetString(), first.GetProperty("publisher").GetProperty("name").GetString()).ShouldBe(("https://news.example.org/a", "Evening News"));
        var appearances = item.GetProperty("appearance").EnumerateArray().ToList();
        appearances.Select(a => a.GetProperty("datePublished").GetString()).ShouldBe(["2025-03-01", "2025-03-04"]);
        // An unknown address is left out rather than published as null.
        appearances[1].TryGetProperty("url", out _).ShouldBeFalse();
    }

    [Fact]
    public void An_older_appearance_recorded_later_is_the_first_appearance_and_dates_the_claim()
    {
        var older = new Appearance(Guid.NewGuid(), "The Daily Paper", "https://paper.example.org/a", new DateOnly(2025, 2, 20), null, false);
        var review = Markup(ShownAfter([Registered(), new AppearanceRecorded(ClaimId, older, Reporter, Now.AddDays(-2)), .. Approvable().Skip(1)]));

        var item = review.GetProperty("itemReviewed");
        item.GetProperty("datePublished").GetString().ShouldBe("2025-02-20");
        item.GetProperty("firstAppearance").GetProperty("publisher").GetProperty("name").GetString().ShouldBe("The Daily Paper");
    }

    [Fact]
    public void An_appearance_an_editor_marked_first_is_the_first_appearance_whatever_its_date()
    {
        var later = new Appearance(Guid.NewGuid(), "Morning Radio", null, new DateOnly(2025, 3, 4), null, false);
        var marked = new AppearanceMarkedFirst(ClaimId, later, "The paper reprinted the radio interview.", Editor, Now.AddDays(-2));
        var review = Markup(ShownAfter([Registered(), new AppearanceRecorded(ClaimId, later, Reporter, Now.AddDays(-2)), marked, .. Approvable().Skip(1)]));

        var item = review.GetProperty("itemReviewed");
        item.GetProperty("datePublished").GetString().ShouldBe("2025-03-04");
        item.GetProperty("firstAppearance").GetProperty("publisher").GetProperty("name").GetString().ShouldBe("Morning Radio");
    }

    [Fact]
    public void An_organisation_is_described_not_given_a_job_title_and_a_missing_affiliation_is_left_out()
    {
        var council = Registered() with { Claimant = new Claimant("Electoral Council", ClaimantKind.Organisation, "Public body") };
        var nameless = Registered() with { Claimant = new Claimant("Ana Ruiz", ClaimantKind.Person, null) };

        var organisation = Markup(ShownAfter([council, .. Approvable().Skip(1)])).GetProperty("itemReviewed").GetProperty("author");
        var person = Markup(ShownAfter([nameless, .. Approvable().Skip(1)])).GetProperty("itemReviewed").GetProperty("author");

        (organisation.GetProperty("@type").GetString(), organisation.GetProperty("description").GetString()).ShouldBe(("Organization", "Public body"));
        organisation.TryGetProperty("jobTitle", out _).ShouldBeFalse();
        person.EnumerateObject().Select(p => p.Name).ShouldBe(["@type", "name"]);
    }

    [Fact]
    public void A_rating_no_longer_on_the_scale_is_published_as_the_worst_value_under_its_own_key()
    {
        var rating = Markup(ShownAfter([.. AwaitingReview(), Approved(rating: "pants-on-fire")])).GetProperty("reviewRating");

        (rating.GetProperty("ratingValue").GetInt32(), rating.GetProperty("alternateName").GetString()).ShouldBe((1, "pants-on-fire"));
    }

    [Fact]
    public void Text_that_would_close_the_script_element_is_escaped_and_reads_back_unchanged()
    {
        const string hostile = "Turnout </script><script>alert('x')</script> & <!-- more";
        var claim = ShownAfter([Registered() with { Statement = hostile }, .. Approvable().Skip(1)]);

        var json = ClaimReviewMarkup.For(claim, Site);

        json.ShouldNotContain("<");
        json.ShouldNotContain(">");
        json.ShouldNotContain("&");
        JsonDocument.Parse(json).RootElement.GetProperty("claimReviewed").GetString().ShouldBe(hostile);
    }
}
