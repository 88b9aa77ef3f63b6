using System.Globalization;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ClaimTrack.Web.Features.Desk;

/// <summary>
/// An outcome's sentence in the person's language. Actions and their rules write English sentences (they know no
/// desk language); a sentence with an entry in DeskText under its English words shows in Spanish, any other stays
/// English rather than showing a key. A sentence with names or numbers in it comes with a code: its wording is the
/// entry <c>Refusal_{Code}</c>, which only the other languages' files have, so English shows the decision's own
/// sentence, unchanged. Field messages are said one by one, without the "Some fields need attention" lead-in that the
/// Claims core puts before them.
/// </summary>
public static class DeskOutcomeWords
{
    public static string In(this DeskOutcome outcome, IStringLocalizer words) =>
        outcome.Errors.Count > 0 ? string.Join(" ", outcome.Rules.Count > 0
            ? outcome.ErrorsIn(words).SelectMany(e => e.Value)
            : outcome.Errors.SelectMany(e => e.Value).Select(sentence => words[sentence].Value))
        : outcome.Said is { } said ? said.In(words)
        : words[outcome.Message];

    /// <summary>A decision's sentence in the person's language: its coded wording, its English words as a key, or as written.</summary>
    public static string In(this CodedSentence sentence, IStringLocalizer words)
    {
        if (sentence.Parts.Count > 0) return string.Join(" ", sentence.Parts.Select(part => part.In(words)));
        // A refusal's own wording, or a field rule's when the same problem is also shown at a field (a rating's label).
        if (sentence.Code.Length > 0 && (words["Refusal_" + sentence.Code] is { ResourceNotFound: false } refusal ? refusal
                : words["Field_" + sentence.Code]) is { ResourceNotFound: false } coded)
            return string.Format(CultureInfo.CurrentCulture, coded.Value, [.. sentence.Values.Select(v => Value(v, words))]);
        return words[sentence.English] is { ResourceNotFound: false } found ? found : sentence.English;
    }

    /// <summary>A value that is a word (an enum: a role, a kind of change) in the person's language, from
    /// <c>Word_{Type}_{Name}</c>, or a sentence of its own (a rating's problem inside the scale's refusal).</summary>
    public static object Value(object value, IStringLocalizer words) => value switch
    {
        CodedSentence nested => nested.In(words),
        Enum word when words[$"Word_{word.GetType().Name}_{word}"] is { ResourceNotFound: false } said => said.Value,
        _ => value,
    };

    /// <summary>One field's messages, each in the person's language, as one line under the field.</summary>
    public static string Field(this IReadOnlyDictionary<string, string[]> errors, string field, IStringLocalizer<DeskText> words) =>
        string.Join(" ", (errors.GetValueOrDefault(field) ?? []).Select(sentence => words[sentence].Value));
}
