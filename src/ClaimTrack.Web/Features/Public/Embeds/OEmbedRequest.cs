using System.Globalization;

namespace ClaimTrack.Web.Features.Public.Embeds;

/// <summary>
/// An oEmbed consumer's question (oembed.com, section 2.2): which page, in which format, at most how wide and high.
/// Read without I/O; every refusal is a status and a sentence, never a 500.
/// </summary>
public sealed record OEmbedRequest(Guid ClaimId, int Width, int Height)
{
    /// <summary>The language prefix of the address asked about ("es" for /es/claims/...), or null for an unprefixed one.</summary>
    public string? Language { get; init; }

    /// <summary>Narrower than this, the card's words no longer fit a line; a consumer asking less still gets what it asked.</summary>
    public const int MaxLength = 2000;

    public static (OEmbedRequest? Request, int Status, string? Problem) Read(IQueryCollection query, string baseUrl)
    {
        var format = query["format"].ToString();
        // The specification's answer to a format we do not serve.
        if (format.Length > 0 && format != "json") return (null, StatusCodes.Status501NotImplemented, "Only format=json is served.");
        var url = query["url"].ToString();
        if (url.Length == 0) return (null, StatusCodes.Status400BadRequest, "Name the fact check's address: /oembed?url=...");
        if (url.Length > MaxLength || url.Any(char.IsControl)) return (null, StatusCodes.Status400BadRequest, "That address is not one of this site's fact checks.");
        if (!TrySize(query["maxwidth"], EmbedCard.Width, out var width) || !TrySize(query["maxheight"], EmbedCard.Height, out var height))
            return (null, StatusCodes.Status400BadRequest, "maxwidth and maxheight must be whole numbers of pixels, at least 1.");
        return Named(url) is var (authority, id, language) && IsSite(authority, baseUrl)
            ? (new OEmbedRequest(id, width, height) { Language = language }, StatusCodes.Status200OK, null)
            : (null, StatusCodes.Status404NotFound, "That address is not one of this site's fact checks.");
    }

    /// <summary>
    /// The query as the endpoint reads it, for the output cache's key: the claim the address names, not the address as
    /// typed, so slugs, trailing queries and fragments of one claim's page share one copy and cannot fill the cache.
    /// Null for a refused one (not cached).
    /// </summary>
    public static string? Canonical(IQueryCollection query) =>
        query["format"].ToString() is "" or "json"
        && TrySize(query["maxwidth"], EmbedCard.Width, out var width) && TrySize(query["maxheight"], EmbedCard.Height, out var height)
        && query["url"].ToString() is { Length: > 0 and <= MaxLength } url && !url.Any(char.IsControl)
        && Named(url) is var (authority, id, language)
            ? $"{authority}/{language}/{id:N}&w={width}&h={height}"
            : null;

    /// <summary>A claim page (/claims/{id}/{slug}) or card (/embed/claims/{id}) on this site's address, as its id.</summary>
    public static Guid? ClaimIdOf(string url, string baseUrl) =>
        Named(url) is var (authority, id, _) && IsSite(authority, baseUrl) ? id : null;

    private static bool IsSite(string authority, string baseUrl) =>
        Uri.TryCreate(baseUrl, UriKind.Absolute, out var site) && string.Equals(authority, site.Authority, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The site (its authority, lower case), claim and language prefix an address names, on whichever site it is. Any
    /// tag-shaped prefix is read here; whether the site has that language is the endpoint's question.
    /// </summary>
    private static (string Authority, Guid Id, string? Language)? Named(string url)
    {
        // Either scheme: a page shared as http:// before the site moved to https:// is still ours.
        if (!Uri.TryCreate(url, UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https")) return null;
        var steps = address.AbsolutePath.Trim('/').Split('/');
        var first = steps[0].ToLowerInvariant();
        var language = steps.Length > 1 && Claims.NewsroomLanguages.IsTag(first) ? first : null;
        var id = (language is null ? steps : steps[1..]) switch
        {
            ["claims", var value] => value,
            ["claims", var value, _] => value,
            ["embed", "claims", var value] => value,
            _ => null,
        };
        return Guid.TryParse(id, out var claimId) ? (address.Authority.ToLowerInvariant(), claimId, language) : null;
    }

    private static bool TrySize(string? value, int largest, out int size)
    {
        size = largest;
        if (string.IsNullOrEmpty(value)) return true;
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var asked) || asked < 1) return false;
        size = Math.Min(asked, largest);
        return true;
    }
}
