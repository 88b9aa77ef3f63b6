using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Infrastructure.Search;
using ClaimTrack.Web.Localization;
using Marten;
using Marten.Linq;
using Marten.Linq.MatchesSql;
using Microsoft.Extensions.Localization;

namespace ClaimTrack.Web.Features.Desk;

/// <summary>The desk grid's filters, as the toolbar holds them.</summary>
public sealed record DeskFilter(
    string? Search = null, ClaimStatus? Status = null, string? Rating = null, string? Claimant = null, string? Topic = null,
    DateTime? From = null, DateTime? To = null, bool BrokenLinks = false, DeskFocus? Focus = null, string? Language = null)
{
    /// <summary>Whom "mine" and "waiting for me" mean: the signed-in person's id, never part of the address, so a
    /// shared link to "mine" shows the reader's own claims.</summary>
    public string? Viewer { get; init; }
}

/// <summary>The person's own slices of the grid.</summary>
public enum DeskFocus
{
    /// <summary>Claims the person owns.</summary>
    Mine,
    /// <summary>The person is the reviewer and a verdict or public change waits, or the owner and it was sent back.</summary>
    WaitingForMe,
    /// <summary>The due day has ended and the claim is still a draft or in review.</summary>
    Overdue,
}

/// <summary>The grid's columns, each sortable; among equals the newest change comes first (or last, ascending).</summary>
public enum DeskSort { Updated, Statement, Claimant, Status, Rating }

/// <summary>A page of the desk grid. Past <see cref="DeskQueries.TotalCap"/> matches the total stops counting: then
/// <see cref="TotalIsCapped"/> is set and <see cref="Total"/> is the cap.</summary>
public sealed record DeskPage(IReadOnlyList<Claim> Rows, int Total, bool TotalIsCapped);

/// <summary>Reads for the desk: the claim snapshot documents (inline, indexed), never the event streams.</summary>
public sealed class DeskQueries(IDocumentStore store, NewsroomTime? time = null, TimeProvider? clock = null,
    IStringLocalizer<DeskText>? words = null, SearchVerdicts? verdicts = null)
{
    private readonly NewsroomTime _time = time ?? NewsroomTime.Utc;
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>Beyond this many matches the grid says "more than 1,000": nobody pages that far, and counting a common
    /// word's 90,000 matches exactly cost over a second.</summary>
    public const int TotalCap = 1000;

    public async Task<DeskPage> PageAsync(DeskFilter filter, int page, int pageSize, DeskSort sort, bool descending, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        // PostgreSQL refuses a NUL byte in a parameter: control characters pasted into a filter are dropped.
        filter = filter with { Rating = Printable(filter.Rating), Language = Printable(filter.Language), Claimant = Printable(filter.Claimant), Topic = Printable(filter.Topic) };
        var claims = DeskFocusQueries.Focused(Filtered(session.Query<Claim>(), filter, _time), filter, _clock.GetUtcNow());
        if (!string.IsNullOrWhiteSpace(filter.Search)) claims = await claims.MatchingWordsAsync(session, ClaimSearch.AllClaims, filter.Search.Trim(), ct, verdicts);
        // The archive's link check marks sources, not claims: the marked claims' ids (few, and capped) filter the grid.
        if (filter.BrokenLinks) { var marked = await BrokenLinks.ClaimsAsync(session, ct); claims = claims.Where(c => marked.Contains(c.Id)); }
        var rows = await Sorted(claims, sort, descending).Skip(page * pageSize).Take(pageSize).ToListAsync(ct);
        // A short page is the last one: it gives the total without counting.
        if (rows.Count < pageSize && (rows.Count > 0 || page == 0)) return new DeskPage(rows, page * pageSize + rows.Count, false);
        // Status and the status chips are an indexed column: an exact count reads the index only.
        if (IsStatusOnly(filter)) return new DeskPage(rows, await claims.CountAsync(ct), false);
        var counted = (await claims.Select(c => c.Id).Take(TotalCap + 1).ToListAsync(ct)).Count;
        return new DeskPage(rows, Math.Min(counted, TotalCap), counted > TotalCap);
    }

    public async Task<IReadOnlyDictionary<ClaimStatus, int>> CountsByStatusAsync(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var batch = session.CreateBatchQuery();
        var counts = Enum.GetValues<ClaimStatus>().Select(s => (s, batch.Query<Claim>().Count(c => c.Status == s))).ToList();
        await batch.Execute(ct);
        return counts.ToDictionary(c => c.s, c => (int)c.Item2.Result);
    }

    /// <summary>Existing claimants whose name contains the text, so a typo does not create a second claimant.</summary>
    public async Task<IReadOnlyList<ClaimantSummary>> ClaimantsMatchingAsync(string? text, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var query = session.Query<ClaimantSummary>().Where(c => c.ClaimCount > 0);
        // Without accents, as the grid's filter: "Diaz" offers "Luis Díaz" rather than let a second claimant be made. One
        // row per claimant, not per claim: a short walk without an index of its own.
        if (ClaimantFilter.Pattern(Printable(text)) is { } pattern)
            query = query.Where(c => c.MatchesSql("ct_unaccent(d.data ->> 'Name') ilike '%' || ct_unaccent(?) || '%'", pattern));
        return await query.OrderByDescending(c => c.ClaimCount).Take(10).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<string>> TopicsMatchingAsync(string? text, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var query = session.Query<TopicSummary>().Where(t => t.ClaimCount > 0);
        if (!string.IsNullOrWhiteSpace(text)) query = query.Where(t => t.Name.Contains(Printable(text.Trim())!, StringComparison.OrdinalIgnoreCase));
        return [.. (await query.OrderByDescending(t => t.ClaimCount).Take(10).ToListAsync(ct)).Select(t => t.Name)];
    }

    public async Task<Claim?> ClaimAsync(Guid id, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<Claim>(id, ct);
    }

    /// <summary>The claim's events after <paramref name="version"/>, oldest first: what a notice of a newer change names.</summary>
    public async Task<IReadOnlyList<object>> EventsAfterAsync(Guid id, long version, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return [.. (await session.Events.FetchStreamAsync(id, fromVersion: version + 1, token: ct)).Select(e => e.Data)];
    }

    /// <summary>The claim's whole history, newest first. The workspace is not a hot path: reading the stream is fine.</summary>
    public async Task<IReadOnlyList<(long Version, string What)>> HistoryAsync(Guid id, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        var lines = ClaimHistory.Lines([.. events.Select(e => (e.Version, e.Data))], _time, words);
        // The discussion is a stream of its own (see Notes/NoteEvents.cs); its steps join the history where they happened.
        var notes = await session.Events.FetchStreamAsync(Notes.ClaimNotes.StreamFor(id), token: ct);
        return notes.Count == 0 ? lines : ClaimHistory.WithNotes(lines, [.. events.Select(e => (e.Version, e.Timestamp))],
            [.. notes.Select(e => (e.Timestamp, Notes.NoteHistory.Words(e.Data)))], _time, words);
    }

    /// <summary>Proposals waiting for review that the reviewer did not write (the two-person rule).</summary>
    /// <summary>
    /// Verdicts and public changes waiting for review, oldest first. While the two-person rule is on, a reviewer never
    /// sees their own proposals; with it off, they do (a lone editor approves after a confirmation).
    /// </summary>
    public async Task<IReadOnlyList<Claim>> ReviewQueueAsync(string reviewerId, bool twoPersonRule, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var waiting = session.Query<Claim>().Where(c => c.Pending != null || c.PendingChange != null);
        if (twoPersonRule)
            waiting = waiting.Where(c => (c.Pending != null && c.Pending.ProposedBy.UserId != reviewerId)
                || (c.PendingChange != null && c.PendingChange.ProposedBy.UserId != reviewerId));
        return await waiting.OrderBy(c => c.UpdatedAt).Take(200).ToListAsync(ct);
    }

    private static string? Printable(string? text) => text is null || !text.Any(char.IsControl) ? text : new([.. text.Where(c => !char.IsControl(c))]);

    private static bool IsStatusOnly(DeskFilter f) => (f with { Status = null }) is
    { Search: null or "", Rating: null or "", Claimant: null or "", Topic: null or "", From: null, To: null, BrokenLinks: false, Focus: null, Language: null or "" };

    // Each order is an index's order (ClaimsSetup), the update time breaking ties, so a page is a short index walk and
    // paging never shows a claim twice. Unrated claims sort after every rating ascending, before them descending.
    private static IQueryable<Claim> Sorted(IQueryable<Claim> claims, DeskSort sort, bool descending) => (sort, descending) switch
    {
        (DeskSort.Statement, false) => claims.OrderBy(c => c.StatementStart).ThenBy(c => c.UpdatedAt),
        (DeskSort.Statement, true) => claims.OrderByDescending(c => c.StatementStart).ThenByDescending(c => c.UpdatedAt),
        (DeskSort.Claimant, false) => claims.OrderBy(c => c.Claimant.Name).ThenBy(c => c.UpdatedAt),
        (DeskSort.Claimant, true) => claims.OrderByDescending(c => c.Claimant.Name).ThenByDescending(c => c.UpdatedAt),
        (DeskSort.Status, false) => claims.OrderBy(c => c.Status).ThenBy(c => c.UpdatedAt),
        (DeskSort.Status, true) => claims.OrderByDescending(c => c.Status).ThenByDescending(c => c.UpdatedAt),
        (DeskSort.Rating, false) => claims.OrderBy(c => c.Current!.Verdict.Rating).ThenBy(c => c.UpdatedAt),
        (DeskSort.Rating, true) => claims.OrderByDescending(c => c.Current!.Verdict.Rating).ThenByDescending(c => c.UpdatedAt),
        (_, false) => claims.OrderBy(c => c.UpdatedAt),
        _ => claims.OrderByDescending(c => c.UpdatedAt),
    };

    private static IQueryable<Claim> Filtered(IMartenQueryable<Claim> claims, DeskFilter f, NewsroomTime time)
    {
        IQueryable<Claim> q = claims;
        if (f.Status is { } status) q = q.Where(c => c.Status == status);
        if (f.Rating is { Length: > 0 } rating) q = q.Where(c => c.Current!.Verdict.Rating == rating);
        if (f.Language is { Length: > 0 } language) q = q.Where(c => c.Language == language);
        // Any part of the name, without accents ("Diaz" finds "Díaz"), through the unaccented name's trigram index.
        if (ClaimantFilter.Holds(f.Claimant) is { } claimant) q = q.Where(claimant);
        if (f.Topic is { Length: > 0 } topic) q = q.Where(c => c.Topics.Contains(topic));
        // Days are the newsroom's days: "to the 3rd" ends at midnight in Caracas, not in Greenwich.
        if (f.From is { } from) { var start = time.StartOf(DateOnly.FromDateTime(from)); q = q.Where(c => c.UpdatedAt >= start); }
        if (f.To is { } to) { var end = time.StartOf(DateOnly.FromDateTime(to).AddDays(1)); q = q.Where(c => c.UpdatedAt < end); }
        return q;
    }
}
