using System.Globalization;
using Microsoft.Extensions.Localization;

namespace ClaimTrack.Web.Features.ReaderRequests;

/// <summary>
/// A reader request's history line in the desk's language, worded when the triage page shows it. The request keeps its
/// steps in English (<see cref="RequestStep.What"/>, what the API and older documents hold); the fixed ones are the
/// desk catalogue's keys as they stand, and the two with a value in them are read back through their pattern here, the
/// same pattern <see cref="ReaderRequest"/> writes them with.
/// </summary>
public static class RequestStepWords
{
    public const string AssignedTo = "assigned it to {0}";
    public const string Closed = "closed it: {0}";

    private static readonly string[] WithValue = [AssignedTo, Closed];

    public static string Filled(string pattern, string value) => string.Format(CultureInfo.InvariantCulture, pattern, value);

    public static string In(RequestStep step, IStringLocalizer words)
    {
        foreach (var pattern in WithValue)
        {
            var lead = pattern[..pattern.IndexOf("{0}", StringComparison.Ordinal)];
            if (step.What.StartsWith(lead, StringComparison.Ordinal)) return words[pattern, step.What[lead.Length..]];
        }
        // A key not in the language's file comes back as itself: English, and any step nobody translated, read as stored.
        return words[step.What];
    }
}
