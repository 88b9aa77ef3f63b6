using System.Globalization;
using ClaimTrack.Web.Features.Claims;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Public.Languages;

/// <summary>
/// The languages the reader site speaks: the newsroom's configured languages, the first one the default. The default
/// keeps the site's historic unprefixed addresses (bookmarks and search engines know them); every other language is the
/// same address under <c>/{language}</c>. Each language is written with one culture for dates and numbers.
/// </summary>
public sealed class ReaderLanguages
{
    public ReaderLanguages(IOptions<NewsroomOptions> newsroom, IOptions<PublicSiteOptions> site)
    {
        var configured = newsroom.Value.Languages.Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length > 0).Distinct().ToList();
        All = configured.Count > 0 ? configured : ["en"];
        Cultures = All.ToDictionary(l => l, l => FormatCultureOf(l, site.Value.Cultures));
    }

    /// <summary>Every language, the default first.</summary>
    public IReadOnlyList<string> All { get; }

    public string Default => All[0];

    private Dictionary<string, CultureInfo> Cultures { get; }

    /// <summary>A language readers reach by its prefix (any configured one but the default).</summary>
    public bool IsPrefixed(string language) => language != Default && All.Contains(language);

    /// <summary>The culture dates and numbers are written in for a language.</summary>
    public CultureInfo FormatCulture(string language) => Cultures.TryGetValue(language, out var culture) ? culture : Cultures[Default];

    /// <summary>The address prefix of a language: none for the default.</summary>
    public string PrefixOf(string language) => language == Default ? "" : "/" + language;

    /// <summary>
    /// en and es are written as en-GB ("3 June 2025", the site's wording before it had languages) and es-419 (Latin
    /// American Spanish: the demo newsroom's readers are in Venezuela and its neighbours, and CLDR's es-419 is the form
    /// written across the region). A newsroom sets its own in ClaimTrack:PublicSite:Cultures; any other language is its
    /// own culture as .NET knows it.
    /// </summary>
    public static CultureInfo FormatCultureOf(string language, IReadOnlyDictionary<string, string> configured)
    {
        if (configured.TryGetValue(language, out var name) && TryCulture(name) is { } chosen) return chosen;
        return TryCulture(language) ?? CultureInfo.InvariantCulture;
    }

    private static CultureInfo? TryCulture(string name)
    {
        try { return CultureInfo.GetCultureInfo(name, predefinedOnly: true); }
        catch (CultureNotFoundException) { return null; }
    }
}

/// <summary>
/// Endpoint metadata: a reader page that answers in every reader language (under each prefix). Endpoints without it
/// (feeds, the API, cards, the desk) are machine or staff addresses and are not found under a prefix.
/// </summary>
public sealed class InReaderLanguages
{
    /// <summary>A page a reader's browser language may send to its own language's address.</summary>
    public static readonly InReaderLanguages Page = new(followsBrowser: true);

    /// <summary>The reader's 404: answers under a prefix, but an unknown address is never redirected.</summary>
    public static readonly InReaderLanguages NotFound = new(followsBrowser: false);

    private InReaderLanguages(bool followsBrowser) => FollowsBrowser = followsBrowser;

    public bool FollowsBrowser { get; }
}
