using System.Globalization;
using ClaimTrack.Web.Features.Claims;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace ClaimTrack.Web.Features.Desk;

/// <summary>What the grid shows: its filters, sort, direction and page (0-based, as the grid counts).</summary>
public sealed record DeskView(DeskFilter Filter, DeskSort Sort = DeskSort.Updated, bool Descending = true, int Page = 0, int PageSize = 25)
{
    public static readonly DeskView Default = new(new DeskFilter());
}

/// <summary>
/// The grid's view in its address (<c>/desk?status=published&amp;sort=claimant&amp;dir=asc&amp;page=2</c>), so a reload or
/// a shared link shows the same claims. Whatever the address says, reading it never fails: a value it cannot use is
/// left out and its default taken. Defaults are left out of the address too, so plain <c>/desk</c> stays plain.
/// </summary>
public static class DeskAddress
{
    public const string Path = "/desk";
    public static readonly IReadOnlyList<int> PageSizes = [25, 50, 100];

    // Far past the last page anyone reads (the pager counts to 1,000), small enough that page * size never overflows.
    private const int LastPage = 10_000;

    private static readonly Dictionary<DeskFocus, string> FocusWords = new()
    {
        [DeskFocus.Mine] = "mine",
        [DeskFocus.WaitingForMe] = "waiting",
        [DeskFocus.Overdue] = "overdue",
    };

    private static readonly Dictionary<ClaimStatus, string> StatusWords = new()
    {
        [ClaimStatus.Draft] = "draft",
        [ClaimStatus.InReview] = "in-review",
        [ClaimStatus.Published] = "published",
        [ClaimStatus.Retracted] = "retracted",
        [ClaimStatus.Scheduled] = "scheduled",
    };

    public static string For(DeskView view)
    {
        var (f, words) = (view.Filter, new List<KeyValuePair<string, string?>>());
        void Add(string key, string? value) { if (!string.IsNullOrWhiteSpace(value)) words.Add(new(key, value.Trim())); }
        Add("q", f.Search);
        Add("status", f.Status is { } status ? StatusWords[status] : null);
        Add("rating", f.Rating);
        Add("lang", f.Language);
        Add("claimant", f.Claimant);
        Add("topic", f.Topic);
        Add("from", f.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", f.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("focus", f.Focus is { } focus ? FocusWords[focus] : null);
        Add("links", f.BrokenLinks ? "broken" : null);
        if (view.Sort != DeskSort.Updated) Add("sort", view.Sort.ToString().ToLowerInvariant());
        if (view.Descending != DescendingFirst(view.Sort)) Add("dir", view.Descending ? "desc" : "asc");
        if (view.Page > 0) Add("page", (view.Page + 1).ToString(CultureInfo.InvariantCulture));
        if (view.PageSize != DeskView.Default.PageSize) Add("size", view.PageSize.ToString(CultureInfo.InvariantCulture));
        return QueryHelpers.AddQueryString(Path, words);
    }

    /// <summary>The view an address asks for; takes a whole address or only its query string.</summary>
    public static DeskView Parse(string? address)
    {
        var start = address?.IndexOf('?') ?? -1;
        var query = start < 0 ? [] : QueryHelpers.ParseQuery(address![start..].Split('#')[0]);
        string? Text(string key, int max) => One(query, key) is { Length: > 0 } text && text.Length <= max ? text : null;

        var sort = Enum.TryParse<DeskSort>(One(query, "sort"), ignoreCase: true, out var s) && Enum.IsDefined(s) && !IsNumber(One(query, "sort"))
            ? s : DeskSort.Updated;
        var filter = new DeskFilter(
            Search: Text("q", 200),
            Status: StatusWords.FirstOrDefault(w => w.Value.Equals(One(query, "status"), StringComparison.OrdinalIgnoreCase)) is { Value: not null } found
                ? found.Key : null,
            Rating: Text("rating", 60),
            Claimant: Text("claimant", 200),
            Topic: Text("topic", 60),
            From: Day(One(query, "from")),
            To: Day(One(query, "to")),
            BrokenLinks: string.Equals(One(query, "links"), "broken", StringComparison.OrdinalIgnoreCase),
            Focus: FocusWords.FirstOrDefault(w => w.Value.Equals(One(query, "focus"), StringComparison.OrdinalIgnoreCase)) is { Value: not null } focus
                ? focus.Key : null,
            Language: Text("lang", 35));
        return new DeskView(
            filter,
            sort,
            One(query, "dir")?.ToLowerInvariant() switch { "asc" => false, "desc" => true, _ => DescendingFirst(sort) },
            Number(One(query, "page")) is >= 1 and <= LastPage and var page ? page - 1 : 0,
            Number(One(query, "size")) is { } size && PageSizes.Contains(size) ? size : DeskView.Default.PageSize);
    }

    /// <summary>Dates are newest first when sorted; words read best from A.</summary>
    public static bool DescendingFirst(DeskSort sort) => sort == DeskSort.Updated;

    // A key given twice is a hand-made address: take neither value rather than guess which was meant.
    private static string? One(Dictionary<string, StringValues> query, string key) =>
        query.TryGetValue(key, out var values) && values.Count == 1 ? values[0]?.Trim() : null;

    private static int? Number(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static bool IsNumber(string? text) => text is { Length: > 0 } && text.All(char.IsAsciiDigit);

    private static DateTime? Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day.ToDateTime(TimeOnly.MinValue) : null;
}
