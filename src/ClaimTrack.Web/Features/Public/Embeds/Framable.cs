namespace ClaimTrack.Web.Features.Public.Embeds;

/// <summary>
/// Endpoint metadata: any site may show this page in a frame (the embeddable verdict card). Every other reader page
/// keeps refusing to be framed (ReaderHeaders), so no one can dress our pages up inside theirs.
/// </summary>
public sealed class Framable
{
    public static readonly Framable Instance = new();

    /// <summary>The card's policy: no script, no form, its own inline style, framed by anyone.</summary>
    public const string Policy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors *";
}
