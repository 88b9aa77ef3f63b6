using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace ClaimTrack.Web.Features.Public.Languages;

/// <summary>
/// After routing, before the output cache: a prefixed address of anything but a reader page is the reader's 404; a
/// reader arriving at an unprefixed page whose browser prefers another site language is sent there; the request then
/// runs in its language's culture (RequestLocalization, from the address only, never from a header or cookie, so one
/// address is one page and can be cached).
/// </summary>
public static class ReaderLanguageChoice
{
    /// <summary>The switch's links to the default language carry this, so a reader who chose it is not sent back.</summary>
    public const string StayKey = "hl";

    public static IApplicationBuilder UseReaderLanguages(this IApplicationBuilder app)
    {
        // Found once per app (not static: test hosts share the process, each with its own endpoints).
        Endpoint? notFound = null;
        app.Use(async (http, next) =>
        {
            var page = http.GetEndpoint()?.Metadata.GetMetadata<InReaderLanguages>();
            if (ReaderAddress.IsPrefixed(http) && page is null)
                http.SetEndpoint(notFound ??= NotFoundEndpoint(http));
            else if (page is not null && !ReaderAddress.IsPrefixed(http) && http.RequestServices.GetRequiredService<ReaderLanguages>() is { All.Count: > 1 } languages)
            {
                // This answer depends on the browser's language: shared caches must not give it to another one's.
                http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
                if (page.FollowsBrowser && BrowserChoice(http, languages) is { } language)
                {
                    http.Response.Headers.CacheControl = "private, max-age=0";
                    http.Response.Redirect(languages.PrefixOf(language) + http.Request.Path + http.Request.QueryString);
                    return;
                }
            }
            await next(http);
        });
        return app.UseRequestLocalization();
    }

    /// <summary>
    /// The language to send a reader to, or null to answer here. Only a reader arriving from elsewhere is sent: one who
    /// followed a link on this site (a same-site Referer), or the switch (<see cref="StayKey"/>), chose this page.
    /// </summary>
    public static string? BrowserChoice(HttpContext http, ReaderLanguages languages)
    {
        var request = http.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) return null;
        if (request.Query.ContainsKey(StayKey)) return null;
        if (Uri.TryCreate(request.Headers.Referer.ToString(), UriKind.Absolute, out var from)
            && string.Equals(from.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)) return null;
        var preferred = BrowserLanguage.Preferred(request.Headers.AcceptLanguage.ToString(), languages.All);
        return preferred is not null && preferred != languages.Default ? preferred : null;
    }

    private static Endpoint? NotFoundEndpoint(HttpContext http) => http.RequestServices.GetRequiredService<EndpointDataSource>()
        .Endpoints.FirstOrDefault(e => e.Metadata.GetMetadata<InReaderLanguages>() == InReaderLanguages.NotFound);
}

/// <summary>The culture of a reader page: its address's language (UI) and that language's writing culture (dates, numbers).</summary>
internal sealed class ReaderAddressCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext http)
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<InReaderLanguages>() is null) return NullProviderCultureResult;
        var languages = http.RequestServices.GetRequiredService<ReaderLanguages>();
        var language = ReaderAddress.LanguageOf(http);
        return Task.FromResult<ProviderCultureResult?>(new(languages.FormatCulture(language).Name, language));
    }
}
