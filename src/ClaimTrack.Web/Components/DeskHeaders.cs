namespace ClaimTrack.Web.Components;

/// <summary>
/// Safety headers on the desk and the account pages (the shell's pages; reader pages send their own, see
/// ReaderHeaders). One content security policy, verified with the desk in Chromium: scripts only from this site, no
/// framing, the circuit's WebSocket under connect-src 'self'. Styles keep 'unsafe-inline' because MudBlazor writes its
/// theme as &lt;style&gt; elements and sets hundreds of style attributes, with no way to give them a nonce yet.
/// </summary>
public static class DeskHeaders
{
    public const string Policy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'; connect-src 'self'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static bool Covers(PathString path) =>
        path.StartsWithSegments("/desk", StringComparison.OrdinalIgnoreCase) ||
        path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase);

    /// <summary>Set as the response starts, so they replace the frame-ancestors policy interactive rendering adds
    /// and antiforgery's X-Frame-Options, leaving one policy.</summary>
    public static IApplicationBuilder UseDeskHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (Covers(context.Request.Path))
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = Policy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                // Only over HTTPS: over plain http a browser ignores it, and a local run must stay reachable.
                if (context.Request.IsHttps) headers.StrictTransportSecurity = "max-age=31536000";
                return Task.CompletedTask;
            });
        }
        return next(context);
    });
}
