using ClaimTrack.Web.Features.Claims.ReadModels;
using Marten;

namespace ClaimTrack.Web.Features.Public.Pages;

/// <summary>One claimant or topic in an index page: its page, its feed, how many published fact checks it has.</summary>
public sealed record DirectoryEntry(string Slug, string Name, int Published)
{
    /// <summary>The heading an entry is filed under: its slug's first letter (slugs are lower-case ASCII), or 0–9.</summary>
    public string Initial => Slug.Length > 0 && char.IsAsciiLetter(Slug[0]) ? char.ToUpperInvariant(Slug[0]).ToString() : "0–9";
}

/// <summary>A page of an index in alphabetical (slug) order, and where each initial starts.</summary>
public sealed record DirectoryListing(IReadOnlyList<DirectoryEntry> Entries, IReadOnlyList<(string Initial, int Page)> Initials, int Total);

/// <summary>
/// The claimant and topic index pages, read from the summaries the daemon keeps (one small document per claimant or
/// topic, with its published count), never from the claims: the bench data set's 100,000 claims have some 2,700
/// claimants, and listing them costs the same with 1,000,000 claims.
/// </summary>
internal static class DirectoryQueries
{
    public const int PageSize = 200;

    public static async Task<DirectoryListing> ClaimantsAsync(IQuerySession session, int page, CancellationToken ct)
    {
        var batch = session.CreateBatchQuery();
        var slugs = batch.Query<ClaimantSummary>().Where(c => c.Tally.Published > 0).OrderBy(c => c.Id).Select(c => c.Id).ToList();
        var shown = batch.Query<ClaimantSummary>().Where(c => c.Tally.Published > 0).OrderBy(c => c.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToList();
        await batch.Execute(ct);
        // Before a claim of theirs is published again, summaries from an older version have no reader name: the slug
        // stands in, never the desk's name, which may be an unpublished edit.
        return Listing(await slugs, [.. (await shown).Select(c => new DirectoryEntry(c.Id, c.ReaderName ?? c.Id, c.Tally.Published))]);
    }

    public static async Task<DirectoryListing> TopicsAsync(IQuerySession session, int page, CancellationToken ct)
    {
        var batch = session.CreateBatchQuery();
        var slugs = batch.Query<TopicSummary>().Where(t => t.Tally.Published > 0).OrderBy(t => t.Id).Select(t => t.Id).ToList();
        var shown = batch.Query<TopicSummary>().Where(t => t.Tally.Published > 0).OrderBy(t => t.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToList();
        await batch.Execute(ct);
        return Listing(await slugs, [.. (await shown).Select(t => new DirectoryEntry(t.Id, t.ReaderName ?? t.Id, t.Tally.Published))]);
    }

    private static DirectoryListing Listing(IReadOnlyList<string> slugs, IReadOnlyList<DirectoryEntry> entries)
    {
        var initials = slugs.Select((slug, i) => (new DirectoryEntry(slug, "", 0).Initial, Page: i / PageSize + 1))
            .DistinctBy(x => x.Initial).ToList();
        return new DirectoryListing(entries, initials, slugs.Count);
    }
}
