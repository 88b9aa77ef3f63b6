using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Editing;
using ClaimTrack.Web.Features.Claims.Writing;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Claims.Writing;

/// <summary>The idempotency rule: which tries are one action, and what a stored record of it answers.</summary>
public sealed class ActionKeysTests
{
    private static readonly Guid Attempt = new("55555555-5555-5555-5555-555555555555");

    private static EditClaim Edit(string context, params string[] topics) =>
        new("Turnout was the highest in forty years.", true, "Ana Ruiz", ClaimantKind.Person, "Minister", context, [.. topics], "en");

    [Fact]
    public void A_retry_of_the_same_text_in_the_same_attempt_is_the_same_action()
    {
        // New list instances, as a page builds them on every click: equal content is what counts.
        ActionKeys.For(Attempt, ClaimId, Edit("Official count.", "Elections"))
            .ShouldBe(ActionKeys.For(Attempt, ClaimId, Edit("Official count.", "Elections")));
    }

    [Fact]
    public void Text_changed_after_a_failed_save_makes_a_new_action()
    {
        ActionKeys.For(Attempt, ClaimId, Edit("Official count."))
            .ShouldNotBe(ActionKeys.For(Attempt, ClaimId, Edit("Official count, corrected.")));
        ActionKeys.For(Attempt, ClaimId, Edit("Official count.", "Elections"))
            .ShouldNotBe(ActionKeys.For(Attempt, ClaimId, Edit("Official count.", "Turnout")));
    }

    [Fact]
    public void The_same_text_saved_again_after_a_success_is_a_new_action()
    {
        // The page renews its attempt after each save: saving the same words twice on purpose is two actions.
        ActionKeys.For(Attempt, ClaimId, Edit("Official count."))
            .ShouldNotBe(ActionKeys.For(Guid.NewGuid(), ClaimId, Edit("Official count.")));
    }

    [Fact]
    public void The_same_command_on_another_claim_is_another_action()
    {
        ActionKeys.For(Attempt, ClaimId, Edit("Official count."))
            .ShouldNotBe(ActionKeys.For(Attempt, Guid.NewGuid(), Edit("Official count.")));
    }

    [Fact]
    public void No_record_means_the_action_runs()
    {
        ActionKeys.AlreadyDone(null, ClaimId).ShouldBeNull();
    }

    [Fact]
    public void A_record_of_the_action_answers_already_saved_with_the_version_it_made()
    {
        var recorded = new SavedAction(Attempt, ClaimId, nameof(EditClaim), 7, Reporter.UserId, Now);

        ActionKeys.AlreadyDone(recorded, ClaimId).ShouldBe(new SaveReceipt(7, AlreadySaved: true));
    }

    [Fact]
    public void A_record_for_another_claim_is_not_this_action()
    {
        var recorded = new SavedAction(Attempt, Guid.NewGuid(), nameof(EditClaim), 7, Reporter.UserId, Now);

        ActionKeys.AlreadyDone(recorded, ClaimId).ShouldBeNull();
    }
}
