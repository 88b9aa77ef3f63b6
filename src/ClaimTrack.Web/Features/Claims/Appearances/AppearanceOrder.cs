namespace ClaimTrack.Web.Features.Claims.Appearances;

/// <summary>
/// Which appearance is the first: the one an editor marked, else the earliest date (on a tie, the one recorded
/// first). Worked out again after every change, so an older appearance recorded later, or a corrected date, moves
/// the mark without anyone having to remember to.
/// </summary>
public static class AppearanceOrder
{
    public static List<Appearance> Settle(IEnumerable<Appearance> appearances, Guid? markedFirst)
    {
        var list = appearances.ToList();
        var first = list.Find(a => a.Id == markedFirst) ?? list.MinBy(a => a.AppearedOn);
        return [.. list.Select(a => a.IsFirst == (a.Id == first?.Id) ? a : a with { IsFirst = a.Id == first?.Id })];
    }

    /// <summary>
    /// An event written before appearances had ids carries none; its position among the claim's appearances names it
    /// the same way on every replay. Positions are safe for such events: they all predate removals, which need ids.
    /// </summary>
    public static Appearance WithStableId(Appearance appearance, Guid claimId, int position) =>
        appearance.Id != Guid.Empty ? appearance : appearance with { Id = StableGuid.From($"{claimId:N}/appearance/{position}") };
}
