using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Desk.Pages;

namespace ClaimTrack.Tests.Features.Desk;

/// <summary>Reapplying typed text after a conflict must keep what the editor changed and nothing else.</summary>
public sealed class ClaimFormRebaseTests
{
    private static ClaimForm Original() => new()
    {
        Statement = "The bridge cost twice its budget.",
        Verbatim = true,
        Claimant = "Public Works Ministry",
        Kind = ClaimantKind.Organisation,
        Affiliation = null,
        Context = null,
        Topics = ["Infrastructure"],
    };

    [Fact]
    public void Fields_the_editor_changed_keep_their_text_and_the_rest_follow_the_newer_version()
    {
        var typed = Original();
        typed.Statement = "The bridge cost twice its budget and opened a year late.";
        var newer = Original();
        newer.Context = "Said at the opening.";
        newer.Topics = ["Infrastructure", "Budget"];

        var rebased = ClaimForm.Rebase(typed, Original(), newer);

        rebased.Statement.ShouldBe("The bridge cost twice its budget and opened a year late.");
        rebased.Context.ShouldBe("Said at the opening.");
        rebased.Topics.ShouldBe(["Infrastructure", "Budget"]);
        rebased.Claimant.ShouldBe("Public Works Ministry");
    }

    [Fact]
    public void A_field_both_changed_keeps_the_editors_text_they_are_reapplying()
    {
        var typed = Original();
        typed.Context = "Mine.";
        var newer = Original();
        newer.Context = "Theirs.";

        ClaimForm.Rebase(typed, Original(), newer).Context.ShouldBe("Mine.");
    }

    [Fact]
    public void An_emptied_field_that_was_never_filled_counts_as_untouched()
    {
        var typed = Original();
        typed.Context = "";
        var newer = Original();
        newer.Context = "Said at the opening.";

        ClaimForm.Rebase(typed, Original(), newer).Context.ShouldBe("Said at the opening.");
    }
}
