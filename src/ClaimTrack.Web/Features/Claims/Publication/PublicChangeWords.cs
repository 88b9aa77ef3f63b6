using System.Globalization;

namespace ClaimTrack.Web.Features.Claims.Publication;

/// <summary>How the desk and the public record name a kind of public change.</summary>
public static class PublicChangeWords
{
    /// <param name="kind"></param>
    /// <param name="language">The translation's language, for the kinds about one.</param>
    public static string Article(PublicChangeKind kind, string? language = null) =>
        ArticlePhrase(kind, language).ToString(CultureInfo.InvariantCulture);

    /// <summary>The same words as a phrase of a history line, which a desk in another language words its own way.</summary>
    public static FormattableString ArticlePhrase(PublicChangeKind kind, string? language = null) => kind switch
    {
        PublicChangeKind.Update => $"an update",
        PublicChangeKind.Correction => $"a correction",
        PublicChangeKind.Translation => language is null ? (FormattableString)$"a translation" : $"a translation into {language}",
        PublicChangeKind.TranslationWithdrawal => language is null ? (FormattableString)$"a translation's withdrawal" : $"the withdrawal of the {language} translation",
        _ => $"a retraction",
    };

    public static string Noun(PublicChangeKind kind) => kind switch
    {
        PublicChangeKind.TranslationWithdrawal => "translation withdrawal",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
