namespace ClaimTrack.Web.Features.Desk.Workspace;

/// <summary>
/// Which stored addresses become links. Only absolute http and https addresses: a "javascript:" or "data:" address
/// typed into a source field (or imported from another site's feed) would run in the desk's page when an editor
/// clicked it, so anything else is shown as text.
/// </summary>
public static class SourceAddress
{
    public static Uri? Linkable(string? address) =>
        Uri.TryCreate(address?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : null;
}
