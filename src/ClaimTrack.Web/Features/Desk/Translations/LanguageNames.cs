using System.Globalization;
using ClaimTrack.Web.Features.Claims;
using Microsoft.Extensions.Localization;

namespace ClaimTrack.Web.Features.Desk.Translations;

/// <summary>
/// A language tag ("es") as the desk person calls the language: "Spanish" for an English desk, "español" for a Spanish
/// one. A desk language's file names the languages it knows (<c>Translations_Language_{tag}</c>); without an entry,
/// English reads .NET's English name and any other desk language the language's own name, which every speaker of it
/// recognises. The tag itself stays beside the name (in a title), since it is what the reader's address carries.
/// </summary>
public static class LanguageNames
{
    /// <summary>
    /// The language inside a sentence ("Readers can read this fact check in {0} only."): its name where the desk
    /// language's file names it, else the tag, so English sentences read as they always did.
    /// </summary>
    public static string InSentence(string tag, IStringLocalizer words) =>
        words["Translations_Language_" + tag] is { ResourceNotFound: false } named ? named : tag;

    public static string Of(string tag, IStringLocalizer words)
    {
        if (words["Translations_Language_" + tag] is { ResourceNotFound: false } named) return named;
        if (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "en") return NewsroomLanguages.NativeName(tag);
        try
        {
            var culture = CultureInfo.GetCultureInfo(tag);
            return culture.ThreeLetterISOLanguageName.Length == 0 || string.IsNullOrEmpty(culture.EnglishName) ? tag : culture.EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return tag;
        }
    }
}
