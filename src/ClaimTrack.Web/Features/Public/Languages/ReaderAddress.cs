using ClaimTrack.Web.Infrastructure.Web;

namespace ClaimTrack.Web.Features.Public.Languages;

/// <summary>Which language a reader's address asks for, and the address without its prefix (what routing sees).</summary>
public static class ReaderAddress
{
    /// <summary>
    /// The language prefix of a path, if it names a configured language other than the default: "/es/claims/1" is
    /// ("es", "/claims/1") and "/es" is ("es", "/"). Any other first segment (the default's own, "/xx") is no prefix: that
    /// path is routed as it is, and since no page lives there the reader gets the 404.
    /// </summary>
    public static (string Language, PathString Remainder)? Split(PathString path, ReaderLanguages languages)
    {
        var value = path.Value;
        if (value is null || value.Length < 2) return null;
        var end = value.IndexOf('/', 1);
        var first = (end < 0 ? value[1..] : value[1..end]).ToLowerInvariant();
        if (!languages.IsPrefixed(first)) return null;
        return (first, end < 0 ? new PathString("/") : new PathString(value[end..]));
    }

    /// <summary>The language the request's address chose: its prefix, or the default.</summary>
    public static string LanguageOf(HttpContext http) =>
        AddressLanguage.Of(http) ?? http.RequestServices.GetRequiredService<ReaderLanguages>().Default;

    public static bool IsPrefixed(HttpContext http) => AddressLanguage.Of(http) is not null;

    /// <summary>The language the address's prefix named, or null for an unprefixed address (the default language).</summary>
    public static string? PrefixLanguageOf(HttpContext http) => AddressLanguage.Of(http);

    /// <summary>
    /// Before routing: a prefixed address is routed as the unprefixed one, its prefix moved to the path base (so every
    /// route is the same code in every language, and the request's own address still says where it was).
    /// </summary>
    public static IApplicationBuilder UseReaderLanguagePrefix(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        var languages = http.RequestServices.GetRequiredService<ReaderLanguages>();
        if (Split(http.Request.Path, languages) is var (language, rest))
        {
            AddressLanguage.Set(http, language);
            http.Request.PathBase = http.Request.PathBase.Add("/" + language);
            http.Request.Path = rest;
        }
        return next(http);
    });
}
