using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Claims;

/// <summary>
/// The languages a newsroom publishes in (<see cref="NewsroomOptions.Languages"/>), checked once at start-up: a claim
/// may only be written in one of them, and readers and machines filter by them.
/// </summary>
public static partial class NewsroomLanguages
{
    /// <summary>What is wrong with the configured list, or null when it is usable.</summary>
    public static string? Problem(IReadOnlyList<string>? languages)
    {
        if (languages is null || languages.Count == 0)
            return $"{NewsroomOptions.Section}:Languages is empty: list the languages the newsroom publishes in, default first, such as [\"en\", \"es\"].";
        if (languages.FirstOrDefault(l => !IsTag(l)) is { } bad)
            return $"{NewsroomOptions.Section}:Languages holds '{bad}', which is not a lower-case language tag such as en, es or pt-br.";
        if (languages.GroupBy(l => l).FirstOrDefault(g => g.Count() > 1) is { } twice)
            return $"{NewsroomOptions.Section}:Languages names '{twice.Key}' twice: list each language once.";
        return null;
    }

    public static string Default(NewsroomOptions newsroom) => newsroom.Languages.Count > 0 ? newsroom.Languages[0] : "en";

    public static bool IsConfigured(NewsroomOptions newsroom, string? language) =>
        language is not null && newsroom.Languages.Contains(Normal(language));

    /// <summary>The tag as claims store it: trimmed, lower-case (pt-BR and pt-br are one language).</summary>
    public static string Normal(string language) => language.Trim().ToLowerInvariant();

    /// <summary>A well-formed tag, the form a query parameter must have before it is compared with the list.</summary>
    public static bool IsTag(string? language) => language is not null && Tag().IsMatch(language);

    /// <summary>The language's name in itself ("English", "Español"), as a select shows it to a speaker of it.</summary>
    public static string NativeName(string language)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(language);
            // An unknown tag gets a made-up culture whose name is the tag itself; show the tag then.
            var name = culture.NativeName;
            if (culture.ThreeLetterISOLanguageName.Length == 0 || string.IsNullOrEmpty(name)) return language;
            return char.ToUpper(name[0], culture) + name[1..];
        }
        catch (CultureNotFoundException)
        {
            return language;
        }
    }

    /// <summary>"English (en), Español (es)": the list a refusal names, so the reader knows what would work.</summary>
    public static string Listed(NewsroomOptions newsroom) => string.Join(", ", newsroom.Languages.Select(l => $"{NativeName(l)} ({l})"));

    /// <summary>Stops the app at start-up with the sentence from <see cref="Problem"/>, not on an editor's first save.</summary>
    public sealed class AtStart : IValidateOptions<NewsroomOptions>
    {
        public ValidateOptionsResult Validate(string? name, NewsroomOptions options) =>
            Problem(options.Languages) is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }

    [GeneratedRegex(@"^[a-z]{2,3}(-[a-z0-9]{2,8})*$")]
    private static partial Regex Tag();
}
