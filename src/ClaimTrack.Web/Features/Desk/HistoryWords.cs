using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Writing;
using Microsoft.Extensions.Localization;

namespace ClaimTrack.Web.Features.Desk;

/// <summary>
/// History lines in the desk person's language, worded at display time from the event's data: a stored event is never
/// rewritten, so a line reads in Spanish for one person and in English for another. Each command words its events as
/// an English formattable string ("{0} attached evidence "{1}" at {2:u}"); its pattern, prefixed "History: ", names the
/// entry another language words it by, with the same values in the same blanks. A phrase nested in a line (what an edit
/// changed) is looked up the same way, and a value that is a word (an enum) from <c>Word_{Type}_{Name}</c>. Without an
/// entry, the English pattern: so English reads exactly as before, and a line nobody translated stays English.
/// Times are the newsroom's, in its ISO form, in every language.
/// </summary>
public sealed class HistoryWords(NewsroomTime time, IStringLocalizer? words) : IFormatProvider, ICustomFormatter
{
    public const string Prefix = "History: ";

    /// <summary>What the history says for an event no command words.</summary>
    public const string SomeoneElse = "it was changed by someone else";

    public string Say(FormattableString line) =>
        string.Format(this, Entry(line.Format) ?? line.Format, line.GetArguments());

    /// <summary>One event in the history's words.</summary>
    public string Describe(object @event) =>
        ClaimCommandCatalog.Words(@event) is { } line ? Say(line) : Entry(SomeoneElse) ?? SomeoneElse;

    /// <summary>Several changes, oldest first, as the conflict notice names them: the last few, the rest counted.</summary>
    public string Describe(IReadOnlyList<object> events)
    {
        if (events.Count == 0) return Entry(SomeoneElse) ?? SomeoneElse;
        var named = string.Join("; ", events.TakeLast(ClaimConflicts.NamedChanges).Select(Describe));
        var earlier = events.Count - ClaimConflicts.NamedChanges;
        return earlier <= 0 ? named
            : words?["History_EarlierChanges", named, earlier] is { ResourceNotFound: false } counted ? counted
            : $"{named} (and {earlier} earlier change{(earlier == 1 ? "" : "s")})";
    }

    /// <summary>A conflict's newer changes in the person's language; a conflict without its events keeps its English.</summary>
    public static string Newer(ClaimEditConflict conflict, NewsroomTime? time, IStringLocalizer words) =>
        conflict.NewerEvents.Count > 0 ? new HistoryWords(time ?? NewsroomTime.Utc, words).Describe(conflict.NewerEvents) : conflict.NewerChange;

    public object? GetFormat(Type? formatType) => formatType == typeof(ICustomFormatter) ? this : null;

    public string Format(string? format, object? arg, IFormatProvider? formatProvider) => arg switch
    {
        FormattableString nested => Say(nested),
        HistoryWord word => Named(word.Value) ?? word.English,
        Enum word when Named(word) is { } said => said,
        _ => time.Format(format, arg, time),
    };

    private string? Named(Enum word) =>
        words?[$"Word_{word.GetType().Name}_{word}"] is { ResourceNotFound: false } said ? said.Value : null;

    private string? Entry(string english) =>
        words?[Prefix + english] is { ResourceNotFound: false } found ? found.Value : null;
}
