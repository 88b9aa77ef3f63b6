using System.Security.Claims;

namespace ClaimTrack.Web.Features.Desk.Home;

/// <summary>One line of a home section: what needs doing, and where to do it.</summary>
public sealed record DeskHomeItem(string Text, string? Href = null);

/// <summary>What another feature has for the person today, as the home shows it: a heading, a one-line summary
/// (counts, say), a few items and the page where the rest is.</summary>
public sealed record DeskHomeSection(string Title, string Summary, IReadOnlyList<DeskHomeItem> Items, string? MoreHref = null);

/// <summary>
/// The hook through which another feature puts a section on the desk home (<c>/desk/today</c>): reader tips from
/// ReaderRequests, broken links from the evidence link check. The desk owns it, so it knows no feature that fills it.
/// Register one per <see cref="Slot"/> as a singleton <c>IDeskHomeSection</c>.
/// </summary>
public interface IDeskHomeSection
{
    /// <summary>Which place on the home it fills; <see cref="DeskHomeSlots"/> names the ones the home keeps for it.</summary>
    string Slot { get; }

    /// <summary>The section for this person now, or null when it has nothing for them (their role does not reach it).</summary>
    Task<DeskHomeSection?> ForAsync(ClaimsPrincipal person, CancellationToken ct);
}

/// <summary>
/// The places the home keeps, in its order. A slot nothing fills says so in words instead of vanishing, so a desk
/// without the link check knows it has none rather than reading "no broken links".
/// </summary>
public static class DeskHomeSlots
{
    public const string ReaderTips = "reader-tips";
    public const string BrokenLinks = "broken-links";

    public static readonly IReadOnlyList<(string Slot, string Title, string WhenEmpty)> Kept =
    [
        (ReaderTips, "New reader tips", "Reader requests are not part of this desk."),
        (BrokenLinks, "Broken links", "No link check runs on this desk yet, so no evidence link has been checked."),
    ];

    /// <summary>The kept slots first, in order, then any other section; a slot filled twice keeps its first.</summary>
    public static IReadOnlyList<(string Slot, string Title, string WhenEmpty, IDeskHomeSection? Source)> Arrange(IEnumerable<IDeskHomeSection> sections)
    {
        var bySlot = sections.GroupBy(s => s.Slot).ToDictionary(g => g.Key, g => g.First());
        var kept = Kept.Select(k => (k.Slot, k.Title, k.WhenEmpty, bySlot.GetValueOrDefault(k.Slot)));
        var others = bySlot.Where(s => !Kept.Any(k => k.Slot == s.Key)).OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => (s.Key, s.Key, "", (IDeskHomeSection?)s.Value));
        return [.. kept, .. others];
    }
}
