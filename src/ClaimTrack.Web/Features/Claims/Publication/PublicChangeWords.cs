namespace ClaimTrack.Web.Features.Claims.Publication;

/// <summary>How the desk and the public record name a kind of public change.</summary>
public static class PublicChangeWords
{
    /// <param name="kind"></param>
    /// <param name="language">The translation's language, for the kinds about one.</param>
    public static string Article(PublicChangeKind kind, string? language = null) => kind switch
    {
        PublicChangeKind.Update => "an update",
        PublicChangeKind.Correction => "a correction",
        PublicChangeKind.Translation => language is null ? "a translation" : $"a translation into {language}",
        PublicChangeKind.TranslationWithdrawal => language is null ? "a translation's withdrawal" : $"the withdrawal of the {language} translation",
        _ => "a retraction",
    };

    public static string Noun(PublicChangeKind kind) => kind switch
    {
        PublicChangeKind.TranslationWithdrawal => "translation withdrawal",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
