using System.Globalization;
using System.Text.RegularExpressions;

namespace ClaimTrack.Web.Features.Public.OpenData;

/// <summary>
/// Where a read of the ClaimReview DataFeed starts: after a moment (<c>since</c>, ISO 8601) and, on the pages that
/// follow, after one claim of that same moment (<c>after</c>, a claim id), since several claims can change at once.
/// Items come in the order they last changed, so an aggregator that keeps the last <c>next</c> it read never misses one.
/// </summary>
public sealed partial record FeedCursor(DateTimeOffset? Since, Guid? After)
{
    public static readonly FeedCursor Start = new(null, null);

    public const string BadSinceMessage =
        "since must be an ISO 8601 date or time, such as 2025-03-01 or 2025-03-01T09:30:00Z (a time without an offset is UTC).";

    public const string BadAfterMessage = "after must be a claim id (as the feed's next link gives it), and only comes with since.";

    /// <summary>The cursor a query string asks for, or the sentence that says what is wrong with it.</summary>
    public static (FeedCursor? Cursor, string? Problem) Read(string? since, string? after)
    {
        DateTimeOffset? at = null;
        if (!string.IsNullOrEmpty(since))
        {
            if (ParseSince(since) is not { } parsed) return (null, BadSinceMessage);
            at = parsed;
        }
        if (string.IsNullOrEmpty(after)) return (new FeedCursor(at, null), null);
        return at is not null && Guid.TryParse(after.Trim(), out var id) ? (new FeedCursor(at, id), null) : (null, BadAfterMessage);
    }

    /// <summary>The one spelling of this cursor: the cache key, and the query string of a next link.</summary>
    public string Query => Since is not { } at ? "" : After is { } id ? $"since={Format(at)}&after={id:N}" : $"since={Format(at)}";

    /// <summary>
    /// Seven decimals, in UTC, as the documents store the time: the database rounds both to the same microsecond, so
    /// a cursor taken from an item compares equal to that item, never just before or after it.
    /// </summary>
    public static string Format(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset? ParseSince(string value)
    {
        // A "+" in a query string arrives as a space: "…T09:30:00 01:00" is what "+01:00" typed in an address becomes.
        var text = value.Trim();
        if (Iso().Match(text) is not { Success: true } match) return null;
        if (match.Groups["space"].Success) text = text[..match.Groups["space"].Index] + "+" + text[(match.Groups["space"].Index + 1)..];
        var styles = DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out var at) ? at : null;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2}|(?<space> )\d{2}:\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();
}
