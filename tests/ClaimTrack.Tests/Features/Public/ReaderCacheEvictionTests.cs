using ClaimTrack.Tests.Features.Claims;
using ClaimTrack.Web.Features.Claims.FrontPage;
using ClaimTrack.Web.Features.Claims.OtherFactChecks;
using ClaimTrack.Web.Features.Public;
using JasperFx.Events;

namespace ClaimTrack.Tests.Features.Public;

/// <summary>Which cached pages a save makes stale, on this node and (by the same list) on every other.</summary>
public sealed class ReaderCacheEvictionTests
{
    private static IEvent On(Guid claimId, object data)
    {
        var wrapped = (IEvent)Activator.CreateInstance(typeof(Event<>).MakeGenericType(data.GetType()), data)!;
        wrapped.StreamId = claimId;
        return wrapped;
    }

    [Fact]
    public void A_correction_makes_the_claims_own_pages_and_every_listing_stale()
    {
        var claim = Guid.NewGuid();
        EvictOnPublicChange.StaleTags([On(claim, ClaimScenario.Correction()), On(claim, ClaimScenario.Correction("Again."))], scaleChanged: false)
            .ShouldBe([PublicCache.ClaimTag(claim), PublicCache.ListingsTag]);
    }

    [Fact]
    public void Desk_work_readers_cannot_see_makes_nothing_stale() =>
        EvictOnPublicChange.StaleTags([On(Guid.NewGuid(), ClaimScenario.Registered())], scaleChanged: false).ShouldBeEmpty();

    [Fact]
    public void A_new_rating_scale_makes_every_page_stale() =>
        EvictOnPublicChange.StaleTags([], scaleChanged: true).ShouldBe([PublicCache.EverythingTag]);

    [Fact]
    public void A_linked_or_removed_other_fact_check_makes_only_its_claims_page_stale()
    {
        var (linked, removed) = (Guid.NewGuid(), Guid.NewGuid());
        OtherReview Review(Guid? claim, OtherReviewStatus status) => new() { Id = Guid.NewGuid(), ClaimId = claim, Status = status };

        EvictOnPublicChange.StaleTags([], scaleChanged: false,
                [Review(linked, OtherReviewStatus.Matched), Review(removed, OtherReviewStatus.MatchRemoved), Review(null, OtherReviewStatus.Candidate)])
            .ShouldBe([PublicCache.ClaimTag(linked), PublicCache.ClaimTag(removed)], ignoreOrder: true);
    }

    [Fact]
    public void A_pin_or_unpin_makes_the_listings_stale_but_not_the_claims_own_pages()
    {
        var claim = Guid.NewGuid();
        EvictOnPublicChange.StaleTags([On(claim, new ClaimPinned(claim, 1, ClaimScenario.Editor, ClaimScenario.Now))], scaleChanged: false)
            .ShouldBe([PublicCache.ListingsTag]);
        EvictOnPublicChange.StaleTags([On(claim, new ClaimUnpinned(claim, ClaimScenario.Editor, ClaimScenario.Now))], scaleChanged: false)
            .ShouldBe([PublicCache.ListingsTag]);
    }
}
