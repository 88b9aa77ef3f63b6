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
}
