using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.FrontPage;
using ClaimTrack.Web.Features.Claims.Writing;
using ClaimTrack.Web.Features.Desk;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Claims.FrontPage;

public sealed class FrontPagePinDecisionTests
{
    [Fact]
    public void An_editor_pins_a_published_claim_at_a_place_and_the_claim_remembers_it()
    {
        var pinned = When(Given(PublishedHistory()), new PinClaim(2), Editor).ShouldHaveSingleItem().ShouldBeOfType<ClaimPinned>();

        (pinned.ClaimId, pinned.Order, pinned.By, pinned.At).ShouldBe((ClaimId, 2, Editor, Now));
        Given([.. PublishedHistory(), pinned]).PinnedOrder.ShouldBe(2);
    }

    [Theory]
    [InlineData("a draft")]
    [InlineData("a retracted claim")]
    public void Only_what_readers_can_see_is_pinned(string what)
    {
        var claim = what == "a draft" ? Given(Approvable()) : Given(RetractedHistory());

        Should.Throw<ClaimRuleBroken>(() => When(claim, new PinClaim(1), Editor)).Message.ShouldContain("Only a published claim");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(FrontPagePinDecision.MaxOrder + 1)]
    public void A_place_outside_the_front_page_is_refused_at_its_field(int order) =>
        Should.Throw<ClaimInputInvalid>(() => When(Given(PublishedHistory()), new PinClaim(order), Editor)).Errors.Keys.ShouldBe(["Order"]);

    [Fact]
    public void Pinning_again_moves_the_pin_but_the_same_place_changes_nothing()
    {
        var claim = Given([.. PublishedHistory(), new ClaimPinned(ClaimId, 3, Editor, Now)]);

        When(claim, new PinClaim(1), Editor).ShouldHaveSingleItem().ShouldBeOfType<ClaimPinned>().Order.ShouldBe(1);
        Should.Throw<ClaimRuleBroken>(() => When(claim, new PinClaim(3), Editor)).Message.ShouldContain("already pinned at place 3");
    }

    [Fact]
    public void Unpinning_needs_a_pin_and_clears_it_even_on_a_retracted_claim()
    {
        Should.Throw<ClaimRuleBroken>(() => When(Given(PublishedHistory()), new UnpinClaim(), Editor)).Message.ShouldContain("not pinned");

        var retracted = Given([.. PublishedHistory(), new ClaimPinned(ClaimId, 1, Editor, Now), .. RetractedHistory()[PublishedHistory().Length..]]);
        var unpinned = When(retracted, new UnpinClaim(), Editor).ShouldHaveSingleItem().ShouldBeOfType<ClaimUnpinned>();
        Given([.. PublishedHistory(), new ClaimPinned(ClaimId, 1, Editor, Now), unpinned]).PinnedOrder.ShouldBeNull();
    }

    [Fact]
    public void Pins_are_an_editors_decision_and_the_history_words_them()
    {
        DeskPermissions.Allows(["Reporter"], new PinClaim(1)).ShouldBeFalse();
        DeskPermissions.Allows(["Reporter"], new UnpinClaim()).ShouldBeFalse();
        DeskPermissions.Allows(["Editor"], new PinClaim(1)).ShouldBeTrue();
        DeskPermissions.Allows(["Editor"], new UnpinClaim()).ShouldBeTrue();

        var time = NewsroomTime.From("UTC");
        ClaimCommandCatalog.Describe(new ClaimPinned(ClaimId, 2, Editor, Now), time).ShouldBe("Amir Haddad pinned the claim to the front page, place 2, at 2025-03-10 12:00 UTC");
        ClaimCommandCatalog.Describe(new ClaimUnpinned(ClaimId, Editor, Now), time).ShouldStartWith("Amir Haddad took the claim off the front page's pins");
    }

    [Fact]
    public void The_readers_view_carries_the_pin_without_looking_changed()
    {
        var published = Shown(PublishedHistory())!;
        var pinned = Shown([.. PublishedHistory(), new ClaimPinned(ClaimId, 2, Editor, Now)])!;
        var unpinned = Shown([.. PublishedHistory(), new ClaimPinned(ClaimId, 2, Editor, Now), new ClaimUnpinned(ClaimId, Editor, Now.AddHours(1))])!;

        (pinned.PinnedOrder, pinned.PinnedAt).ShouldBe((2, Now));
        pinned.LastModifiedAt.ShouldBe(published.LastModifiedAt);
        (unpinned.PinnedOrder, unpinned.PinnedAt).ShouldBe((null, null));
    }
}
