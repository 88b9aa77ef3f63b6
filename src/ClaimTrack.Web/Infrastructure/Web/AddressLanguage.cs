namespace ClaimTrack.Web.Infrastructure.Web;

/// <summary>
/// The language a request's address prefix named ("/es/..."), kept on the request by the reader site's prefix step
/// (Features/Public/Languages/ReaderAddress) and read by anything else that sets a language, so that a prefixed
/// address keeps the prefix's language (the desk's language step leaves it alone).
/// </summary>
public static class AddressLanguage
{
    private const string ItemKey = "reader-language";

    public static void Set(HttpContext http, string language) => http.Items[ItemKey] = language;

    /// <summary>The prefix's language, or null for an address without one.</summary>
    public static string? Of(HttpContext http) => http.Items[ItemKey] as string;
}
