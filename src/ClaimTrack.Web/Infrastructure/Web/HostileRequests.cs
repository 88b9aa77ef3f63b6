namespace ClaimTrack.Web.Infrastructure.Web;

/// <summary>
/// Turns away, with a 400 and one sentence, requests no browser sends and that used to end in a 500: a Host header that
/// is empty, not a host name, longer than a DNS name or with a port past 65535 (every page builds addresses from it).
/// </summary>
public static class HostileRequests
{
    public const int MaxHostLength = 255;

    public static IApplicationBuilder UseHostileRequestCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (Problem(context.Request) is { } problem)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(problem, context.RequestAborted);
            return;
        }
        await next(context);
    });

    /// <summary>Why the request is refused, or null when it may go on.</summary>
    public static string? Problem(HttpRequest request) =>
        IsValidHost(request.Headers.Host.ToString()) ? null : "Bad request: the Host header is not a valid host name and port.";

    public static bool IsValidHost(string? header)
    {
        if (string.IsNullOrEmpty(header) || header.Length > MaxHostLength || header.Any(c => c <= ' ' || c > '~')) return false;
        var host = new HostString(header);
        if (string.IsNullOrEmpty(host.Host) || Uri.CheckHostName(host.Host.Trim('[', ']')) == UriHostNameType.Unknown) return false;
        // HostString reads a port it cannot parse as none: the text after the last colon outside brackets decides.
        var close = header.LastIndexOf(']');
        var colon = header.LastIndexOf(':');
        if (colon <= close) return true;
        var port = header[(colon + 1)..];
        return port.Length is > 0 and <= 5 && port.All(char.IsAsciiDigit) && int.Parse(port, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 65535;
    }
}
