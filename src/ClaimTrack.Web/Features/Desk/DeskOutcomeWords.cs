using ClaimTrack.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ClaimTrack.Web.Features.Desk;

/// <summary>
/// An outcome's sentence in the person's language. Actions and their rules write English sentences (they know no
/// desk language); a sentence with an entry in DeskText under its English words shows in Spanish, any other stays
/// English rather than showing a key. Field messages are said one by one, without the "Some fields need attention"
/// lead-in that the Claims core puts before them.
/// </summary>
public static class DeskOutcomeWords
{
    public static string In(this DeskOutcome outcome, IStringLocalizer<DeskText> words) =>
        outcome.Errors.Count > 0
            ? string.Join(" ", outcome.Errors.SelectMany(e => e.Value).Select(sentence => words[sentence].Value))
            : words[outcome.Message];

    /// <summary>One field's messages, each in the person's language, as one line under the field.</summary>
    public static string Field(this IReadOnlyDictionary<string, string[]> errors, string field, IStringLocalizer<DeskText> words) =>
        string.Join(" ", (errors.GetValueOrDefault(field) ?? []).Select(sentence => words[sentence].Value));
}
