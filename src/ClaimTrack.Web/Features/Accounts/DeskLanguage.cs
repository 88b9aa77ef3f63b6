using System.Globalization;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ClaimTrack.Web.Features.Accounts;

/// <summary>
/// The language the desk speaks to a signed-in person: their own choice among the newsroom's languages, or the
/// newsroom's first. Reader pages never ask: they take their language from the address.
/// </summary>
public static class DeskLanguage
{
    /// <summary>The cookie claim that carries the choice; rebuilt from the stored person on every request.</summary>
    public const string Claim = "claimtrack:language";

    /// <summary>A stored or submitted choice, if the newsroom still offers it; otherwise the newsroom's first.</summary>
    public static string Choose(string? chosen, IReadOnlyList<string> languages)
    {
        var offered = languages.Count > 0 ? languages : ["en"];
        return offered.FirstOrDefault(l => string.Equals(l, chosen?.Trim(), StringComparison.OrdinalIgnoreCase)) ?? offered[0];
    }

    /// <summary>Is the submitted tag one the newsroom offers? A profile form refuses anything else, with a message.</summary>
    public static bool Offered(string? chosen, IReadOnlyList<string> languages) =>
        languages.Any(l => string.Equals(l, chosen?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The desk's pages, the account pages and the circuit's own connection (where a desk page lives on).</summary>
    public static bool IsDeskPath(PathString path) =>
        path.StartsWithSegments("/desk") || path.StartsWithSegments("/account") || path.StartsWithSegments("/_blazor");

    /// <summary>The first of the browser's languages (Accept-Language, by weight) that the newsroom offers; "es-VE" is "es".</summary>
    public static string? FromBrowser(HttpContext context, IReadOnlyList<string> languages) =>
        context.Request.GetTypedHeaders().AcceptLanguage
            .Where(range => (range.Quality ?? 1) > 0) // q=0 means "not this one"
            .OrderByDescending(range => range.Quality ?? 1) // stable: equal weights keep the header's order
            .Select(range => range.Value.Value?.ToLowerInvariant() ?? "")
            .Select(tag => languages.FirstOrDefault(l => tag == l || tag.StartsWith(l + "-", StringComparison.Ordinal)))
            .FirstOrDefault(l => l is not null);

    /// <summary>
    /// Sets the request's culture from the person's choice, after authentication. A Blazor circuit takes the culture
    /// of the request that opens it (<c>/_blazor</c>), so the whole circuit speaks the person's language; a change
    /// applies from the next page load. Nothing is kept in this process: the choice comes with each request.
    /// </summary>
    public static IApplicationBuilder UseDeskLanguage(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var signedIn = context.User.Identity?.IsAuthenticated == true;
        // Nobody signed in (the sign-in page): the browser's language, if the newsroom offers it.
        // A reader address under a language prefix ("/es/account/login") is no desk page: it is the reader's 404, in the
        // prefix's language, which this must not override.
        if (IsDeskPath(context.Request.Path) && AddressLanguage.Of(context) is null && (signedIn || context.Request.Path.StartsWithSegments("/account")))
        {
            var languages = context.RequestServices.GetRequiredService<IOptions<NewsroomOptions>>().Value.Languages;
            var chosen = signedIn ? context.User.FindFirst(Claim)?.Value : FromBrowser(context, languages);
            if (!signedIn) context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
            var culture = CultureInfo.GetCultureInfo(Choose(chosen, languages));
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            // Anything that asks ASP.NET Core's localization which culture this request has gets the same answer.
            context.Features.Set<IRequestCultureFeature>(new RequestCultureFeature(new RequestCulture(culture), provider: null));
        }
        await next(context);
    });
}
