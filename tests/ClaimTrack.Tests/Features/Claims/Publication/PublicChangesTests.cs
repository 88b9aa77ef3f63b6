using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Publication;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Claims.Publication;

/// <summary>What readers are told changed in an update, and whether it belongs in the corrections log.</summary>
public sealed class PublicChangesTests
{
    /// <summary>What a publication would show after these edits to the published claim.</summary>
    private static PublishedContent Shown(params object[] edits)
    {
        var claim = Given([.. PublishedHistory(), .. edits]);
        return PublishedContent.From(claim, claim.Current!, claim.Timeline);
    }

    private static (IReadOnlyList<string> Changes, bool Substantive) After(params object[] edits) => PublicChanges.Between(Shown(), Shown(edits));

    [Fact]
    public void A_reworded_statement_gives_the_old_and_the_new_words()
    {
        var (changes, substantive) = After(Reworded("Turnout was a record."));

        changes.ShouldBe(["statement changed from “Turnout was the highest in forty years.” to “Turnout was a record.”"]);
        substantive.ShouldBeTrue();
    }

    [Fact]
    public void Withdrawn_evidence_is_named_with_its_reason()
    {
        var (changes, substantive) = After(EvidenceWithdrawn(reason: "Broken link.", at: Now.AddHours(-10)));

        changes.ShouldBe(["evidence withdrawn: Official turnout figures, Broken link."]);
        substantive.ShouldBeTrue();
    }

    [Fact]
    public void Topics_and_evidence_added_are_listed_but_not_of_substance()
    {
        var (changes, substantive) = After(new ClaimRetagged(ClaimId, ["Polling"], [], Reporter, Now), EvidenceAttached(Guid.NewGuid(), "Census table"));

        changes.ShouldBe(["topic added: Polling", "evidence added: Census table"]);
        substantive.ShouldBeFalse();
    }

    [Fact]
    public void A_removed_appearance_is_of_substance()
    {
        var now = Shown();
        var second = new Appearance(Guid.NewGuid(), "Radio Uno", null, new DateOnly(2025, 3, 5), null, false);

        var (changes, substantive) = PublicChanges.Between(now with { Appearances = [.. now.Appearances, second] }, now);

        changes.ShouldBe(["appearance removed: Radio Uno, 2025-03-05"]);
        substantive.ShouldBeTrue();
    }

    [Fact]
    public void A_revised_verdict_names_the_new_rating_and_summary()
    {
        var revision = Guid.NewGuid();

        var (changes, substantive) = After(Proposed(revision, "misleading", "Final figures."), Approved(revision, "misleading", "Final figures."));

        changes.ShouldBe([$"verdict revised to misleading: {Text().Summary}"]);
        substantive.ShouldBeTrue();
    }

    [Fact]
    public void The_same_content_has_no_changes()
    {
        After().Changes.ShouldBeEmpty();
    }
}
