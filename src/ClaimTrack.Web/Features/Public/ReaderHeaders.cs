namespace ClaimTrack.Web.Features.Public;

/// <summary>
/// Safety headers on every reader page and feed. Set before the handler runs, so the output cache stores them
/// with the page. Inline styles stay allowed (the rating swatches and charts use them); no script runs at all.
/// </summary>
public static class ReaderHeaders
{
    private const string Policy =
        "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static ValueTask<object?> AddAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var headers = context.HttpContext.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        // The embeddable card is made to sit in other sites' frames, and only it (docs/security.md "Embeds").
        if (context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<Embeds.Framable>() is not null)
        {
            headers.ContentSecurityPolicy = Embeds.Framable.Policy;
            return next(context);
        }
        headers.ContentSecurityPolicy = Policy;
        // frame-ancestors says the same to every current browser; older ones (and scanners such as wapiti) read only this.
        headers.XFrameOptions = "DENY";
        return next(context);
    }
}
