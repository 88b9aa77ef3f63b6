using System.Security.Claims;
using ClaimTrack.Web.Features.Desk;
using ClaimTrack.Web.Features.Desk.Home;

namespace ClaimTrack.Web.Features.ReaderRequests.Desk;

/// <summary>The intake queue on the desk home: how many reader requests wait, and the newest tips nobody has picked up.</summary>
public sealed class TipsOnDeskHome(IntakeActions intake) : IDeskHomeSection
{
    public const int Shown = 5;

    public string Slot => DeskHomeSlots.ReaderTips;

    public async Task<DeskHomeSection?> ForAsync(ClaimsPrincipal person, CancellationToken ct)
    {
        try
        {
            var counts = await intake.CountsAsync(person);
            // The queue is oldest first (fair triage) and capped; the home shows what just came in, asked for as such.
            var fresh = await intake.NewestAsync(person, RequestStage.Received, RequestKind.Tip, Shown);
            var summary = $"{counts.Received} received and not yet looked at; {counts.Tips} open tip{(counts.Tips == 1 ? "" : "s")}, " +
                $"{counts.Corrections} open correction request{(counts.Corrections == 1 ? "" : "s")}.";
            var items = fresh.Select(r => new DeskHomeItem(r.Text.Length <= 140 ? r.Text : r.Text[..139] + "…", "/desk/intake")).ToList();
            return new DeskHomeSection("New reader tips", summary, items, "/desk/intake");
        }
        catch (DeskActionForbidden)
        {
            return null; // a person without a desk role has no queue to see
        }
    }
}
