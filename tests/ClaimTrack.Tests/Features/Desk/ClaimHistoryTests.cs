using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Desk;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Desk;

public sealed class ClaimHistoryTests
{
    [Fact]
    public void Edits_stored_without_their_previous_values_get_them_from_the_claim_as_it_stood()
    {
        // As events were stored before they carried what they replaced: the history folds the stream to find it.
        var contextOnly = new ClaimTextEdited(ClaimId, "Turnout was the highest in forty years.", true, "At a rally.", "en", Editor, Now);
        var corrected = new EvidenceCorrected(ClaimId, EvidenceId, Details() with { Url = "https://elections.example.org/v2" }, "Moved.", Editor, Now);

        var lines = ClaimHistory.Lines([(1, Registered()), (2, EvidenceAttached()), (3, contextOnly), (4, corrected)], NewsroomTime.From("America/Caracas"));

        lines.Select(l => l.Version).ShouldBe([4, 3, 2, 1]);
        lines[0].What.ShouldBe("Amir Haddad corrected evidence \"Official turnout figures\" (URL) at 2025-03-10 08:00 UTC-04:00");
        lines[1].What.ShouldBe("Amir Haddad edited the context: «» → «At a rally.» at 2025-03-10 08:00 UTC-04:00");
        lines[3].What.ShouldStartWith("Rosa Díaz registered the claim at 2025-03-07 08:00 UTC-04:00");
    }

    [Fact]
    public void An_event_that_already_carries_its_previous_values_keeps_them()
    {
        var claim = Given(Registered());
        var edit = new ClaimTextEdited(ClaimId, "New.", true, null, "en", Editor, Now, new ClaimText("Old.", true, null, "en"));

        ClaimHistory.WithPrevious(claim, edit).ShouldBe(edit);
    }

    [Fact]
    public void Notes_join_the_history_where_they_happened_numbered_after_the_claim_version_before_them()
    {
        var t = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
        IReadOnlyList<(long, string)> lines = [(2, "evidence"), (1, "registered")];

        var merged = ClaimHistory.WithNotes(lines, [(1, t), (2, t.AddMinutes(10))],
            [(t.AddMinutes(5), $"Rosa added a note"), (t.AddMinutes(20), $"Amir added a note"), (t.AddMinutes(21), null)], NewsroomTime.Utc);

        merged.ShouldBe([(2L, "Amir added a note"), (2L, "evidence"), (1L, "Rosa added a note"), (1L, "registered")]);
    }
}
