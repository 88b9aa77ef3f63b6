using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Public;
using JasperFx.Events;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;
using static ClaimTrack.Tests.Features.Claims.Translations.TranslationScenario;

namespace ClaimTrack.Tests.Features.Public.Translations;

/// <summary>A translation reaching or leaving readers makes its claim's pages and the listings (the sitemap) stale on every node.</summary>
public sealed class TranslationEvictionTests
{
    private static IEvent On(Guid claimId, object data)
    {
        var wrapped = (IEvent)Activator.CreateInstance(typeof(Event<>).MakeGenericType(data.GetType()), data)!;
        wrapped.StreamId = claimId;
        return wrapped;
    }

    [Fact]
    public void An_approved_or_withdrawn_translation_makes_the_claims_pages_and_the_listings_stale()
    {
        var approved = (TranslationApproved)Translated()[^1];
        var withdrawn = new TranslationWithdrawn(ClaimId, ChangeId, "es", "Mistranslated.", Reporter, OtherEditor, Now);

        EvictOnPublicChange.StaleTags([On(ClaimId, approved)], scaleChanged: false).ShouldBe([PublicCache.ClaimTag(ClaimId), PublicCache.ListingsTag]);
        EvictOnPublicChange.StaleTags([On(ClaimId, withdrawn)], scaleChanged: false).ShouldBe([PublicCache.ClaimTag(ClaimId), PublicCache.ListingsTag]);
    }

    [Fact]
    public void A_proposed_translation_makes_nothing_stale() =>
        EvictOnPublicChange.StaleTags([On(ClaimId, TranslationWaiting()[^1])], scaleChanged: false).ShouldBeEmpty();
}
