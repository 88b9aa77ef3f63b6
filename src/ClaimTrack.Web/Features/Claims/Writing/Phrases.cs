using System.Runtime.CompilerServices;

namespace ClaimTrack.Web.Features.Claims.Writing;

/// <summary>
/// Pieces of history lines kept as formattable strings rather than text, so a desk in another language can word each
/// one (its pattern is its key) while English reads as it always did. A list is a pattern of blanks ("{0}; {1}"), so
/// its items stay words of their own.
/// </summary>
public static class Phrases
{
    public static readonly FormattableString None = FormattableStringFactory.Create("");

    /// <summary>The items one after another with <paramref name="separator"/> between them.</summary>
    public static FormattableString Join(string separator, IReadOnlyList<FormattableString> items) =>
        FormattableStringFactory.Create(
            string.Join(separator.Replace("{", "{{").Replace("}", "}}"), items.Select((_, i) => $"{{{i}}}")), [.. items]);

    /// <summary>"title", "title and URL", "title, URL and excerpt".</summary>
    public static FormattableString Names(IReadOnlyList<FormattableString> names) => names.Count switch
    {
        0 => None,
        1 => names[0],
        _ => $"{Join(", ", [.. names.Take(names.Count - 1)])} and {names[^1]}",
    };
}

/// <summary>
/// A word in a history line that is one of a set (a priority, a kind of release): English as written, and the value a
/// desk in another language names it by (<c>Word_{Type}_{Name}</c>).
/// </summary>
public sealed record HistoryWord(Enum Value, string English) : IFormattable
{
    public override string ToString() => English;

    public string ToString(string? format, IFormatProvider? formatProvider) => English;
}
