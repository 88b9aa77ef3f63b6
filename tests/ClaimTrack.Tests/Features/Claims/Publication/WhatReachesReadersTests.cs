using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Verdicts;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Claims.Publication;

/// <summary>Only what a reviewer judged reaches readers, and a note on evidence means readers saw it change.</summary>
public sealed class WhatReachesReadersTests
{
    private static readonly Guid Revision = new("77777777-7777-7777-7777-777777777777");

    [Fact]
    public void An_approved_revision_publishes_the_new_verdict_and_leaves_other_desk_edits_waiting_for_an_update()
    {
        var history = (object[])[.. PublishedHistory(), Reworded(), Proposed(Revision, "half-true", "New figures.")];

        var events = When(Given(history), new ApproveVerdict(Revision), OtherEditor);

        var published = events.OfType<ClaimPublished>().Single();
        published.Content.Verdict.Rating.ShouldBe("half-true");
        published.Content.Statement.ShouldBe("Turnout was the highest in forty years.");
        var after = Given([.. history, .. events]);
        after.HasUnpublishedChanges.ShouldBeTrue();
        after.Shown!.Statement.ShouldBe("Turnout was the highest in forty years.");
    }

    [Fact]
    public void A_revision_without_other_edits_leaves_nothing_waiting()
    {
        var history = (object[])[.. PublishedHistory(), Proposed(Revision, "half-true", "New figures.")];

        var after = Given([.. history, .. When(Given(history), new ApproveVerdict(Revision), OtherEditor)]);

        after.HasUnpublishedChanges.ShouldBeFalse();
    }

    [Fact]
    public void Evidence_corrected_before_readers_saw_it_carries_no_correction_note()
    {
        var corrected = new EvidenceCorrected(ClaimId, EvidenceId, Details() with { Publisher = "National electoral council" },
            "Publisher's full name.", Reporter, Now.AddDays(-2));
        var history = (object[])[.. WithEvidence(), corrected, Proposed(), Approved()];

        var published = Published(Given(history));

        published.Content.Evidence.Single().Corrected.ShouldBeNull();
    }

    [Fact]
    public void Evidence_corrected_after_readers_saw_it_is_marked_with_the_date_and_reason_and_keeps_the_note()
    {
        var corrected = new EvidenceCorrected(ClaimId, EvidenceId, Details() with { Publisher = "National electoral council" },
            "Publisher's full name.", Reporter, Now.AddHours(-10));
        var updated = Reviewed([.. PublishedHistory(), corrected], Update("Source named in full."));
        var published = updated.OfType<ClaimPublished>().Last();

        var note = published.Content.Evidence.Single().Corrected!;
        (note.At, note.Reason).ShouldBe((Now.AddHours(-10), "Publisher's full name."));

        // A later update about something else keeps the note readers already saw.
        var later = Reviewed([.. updated, Reworded()], Update("Reworded.") with { ChangeId = Guid.NewGuid() });
        later.OfType<ClaimPublished>().Last().Content.Evidence.Single().Corrected.ShouldBe(note);
    }
}
