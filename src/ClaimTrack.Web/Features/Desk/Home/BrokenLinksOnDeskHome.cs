using System.Security.Claims;

namespace ClaimTrack.Web.Features.Desk.Home;

/// <summary>The link check's findings on the desk home: evidence whose source changed or vanished since it was copied.</summary>
public sealed class BrokenLinksOnDeskHome(BrokenLinks links) : IDeskHomeSection
{
    public const int Shown = 5;

    public string Slot => DeskHomeSlots.BrokenLinks;

    public async Task<DeskHomeSection?> ForAsync(ClaimsPrincipal person, CancellationToken ct)
    {
        // One more than shown: enough to say whether there are more without counting them all.
        var marked = await links.ForDeskAsync(Shown + 1, ct);
        var summary = marked.Count == 0 ? "The link check has marked no evidence source."
            : $"{(marked.Count > Shown ? $"More than {Shown}" : marked.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))} evidence source{(marked.Count == 1 ? "" : "s")} changed or gone since copied.";
        var items = marked.Take(Shown).Select(l => new DeskHomeItem($"{l.Title}: {l.Mark}", $"/desk/claims/{l.ClaimId}")).ToList();
        return new DeskHomeSection("Broken links", summary, items, "/desk?links=broken");
    }
}
