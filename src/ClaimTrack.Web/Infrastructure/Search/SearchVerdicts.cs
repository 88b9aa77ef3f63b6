using Microsoft.Extensions.Caching.Memory;

namespace ClaimTrack.Web.Infrastructure.Search;

/// <summary>
/// Whether a typed search is common in a search table, as last found: the planner's estimate
/// (<see cref="SearchTerms.CommonEstimate"/>) or a fetch that came back with more than <see cref="SearchTerms.FewMatches"/>.
/// A search known common skips its ids altogether and walks the date order; one known rare is fetched without asking
/// for the estimate again (an EXPLAIN inside the statement, about a third of a rare search's time in PostgreSQL).
/// </summary>
/// <remarks>
/// Kept in each node's memory on purpose: it is a copy of statistics, not of data. Both paths find the same claims
/// (SearchTermsTests), so two nodes that judge a word differently for a minute answer alike; a word judged rare that
/// has since become common is caught by the fetch's limit, and judged anew. Bounded, so typed junk cannot grow it.
/// </remarks>
public sealed class SearchVerdicts : IDisposable
{
    /// <summary>How long a verdict is trusted: statistics move only when PostgreSQL re-analyzes the table.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(1);

    public const int MostKept = 10_000;

    private readonly MemoryCache _known = new(new MemoryCacheOptions { SizeLimit = MostKept });

    /// <summary>True when known common, false when known rare, null when not known (or no longer).</summary>
    public bool? IsCommon(SearchTerms terms, string words) =>
        _known.TryGetValue((terms.Table, words), out bool common) ? common : null;

    public void Remember(SearchTerms terms, string words, bool common) =>
        _known.Set((terms.Table, words), common, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = KeptFor });

    public void Dispose() => _known.Dispose();
}
