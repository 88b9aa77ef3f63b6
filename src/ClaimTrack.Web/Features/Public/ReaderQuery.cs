namespace ClaimTrack.Web.Features.Public;

/// <summary>
/// What a reader page reads from its query string, written the one way the page understands it. The output cache keys
/// on that and on nothing else of the query: page=0001, page=1, page=%2B1 and no page at all are one stored page, and a
/// tracking tag or cache-buster neither renders the page again nor fills the cache with copies. Each route names its
/// own, so a page is never keyed on what another page reads.
/// </summary>
public sealed class ReaderQuery(Func<IQueryCollection, string?> canonical)
{
    /// <summary>Reads nothing: every query string is the same page.</summary>
    public static readonly ReaderQuery None = new(_ => "");

    /// <summary>Reads the page number only.</summary>
    public static readonly ReaderQuery Paged = new(query =>
        Paging.TryRead(query["page"], out var page) ? $"page={page.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : null);

    /// <summary>
    /// The query as the page reads it, or null when the page refuses it (a 400): that answer is neither looked up nor
    /// stored, so a refused spelling can never be served a stored page, nor a stored page replaced by a refusal.
    /// </summary>
    public string? Canonical(IQueryCollection query) => canonical(query);
}
