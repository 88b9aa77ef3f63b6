namespace ClaimTrack.Web.Features.Claims.Publication;

/// <summary>How the desk and the public record name a kind of public change.</summary>
public static class PublicChangeWords
{
    public static string Article(PublicChangeKind kind) => kind switch
    {
        PublicChangeKind.Update => "an update",
        PublicChangeKind.Correction => "a correction",
        _ => "a retraction",
    };

    public static string Noun(PublicChangeKind kind) => kind.ToString().ToLowerInvariant();
}
