using ClaimTrack.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace ClaimTrack.Web.Features.ReaderRequests;

/// <summary>
/// A reader request's history line in the desk's language, worded when the triage page shows it. The request keeps its
/// steps in English (<see cref="RequestStep.What"/>, what the API and older documents hold), written through these
/// patterns by <see cref="ReaderRequest"/>; the desk catalogue's keys are the English patterns themselves.
/// </summary>
public static class RequestStepWords
{
    public const string ReceivedTip = "received the tip";
    public const string ReceivedCorrection = "received the correction request";
    public const string AssignedTo = "assigned it to {0}";
    public const string Replied = "replied";
    public const string BecameClaim = "turned it into a claim";
    public const string CorrectionLinked = "linked the correction it led to";
    public const string Closed = "closed it: {0}";
    public const string ForgotEmail = "asked us to forget their email: erased";
    public const string RetentionErased = "erased the reader's email: the retention period ended";

    private static readonly StoredSentences Steps = new([.. new[]
        { ReceivedTip, ReceivedCorrection, AssignedTo, Replied, BecameClaim, CorrectionLinked, Closed, ForgotEmail, RetentionErased }
        .Select(pattern => (pattern, pattern))]);

    /// <summary>The English line of a step, as the request stores it.</summary>
    public static string Line(string pattern, params object[] values) => Steps.Line(pattern, values);

    public static string In(RequestStep step, IStringLocalizer words) => Steps.In(step.What, words);
}
