namespace ClaimTrack.Web.Features.Claims;

/// <summary>
/// One field problem: the rule broken, its English sentence and the numbers in it. The decisions know no desk language,
/// so they name the rule; a page words it in its person's language (Desk: <c>DeskOutcome.ErrorsIn</c>) and keeps the
/// English sentence where no wording exists. The label is not carried: the message is shown under its own field.
/// </summary>
public sealed record FieldRule(string Rule, string Message, object[] Values)
{
    /// <summary>A sentence with no rule name: every language shows it as written (English).</summary>
    public const string Unnamed = "";
    public const string Required = "Required";
    public const string TooLong = "TooLong"; // values: the length, the limit
    public const string Unshowable = "Unshowable";
    public const string OneLine = "OneLine";
    public const string WebAddress = "WebAddress";
    public const string AddressTooLong = "AddressTooLong"; // values: the limit
    public const string InFuture = "InFuture";
    public const string Before1800 = "Before1800";
    public const string DateMissing = "DateMissing";
    public const string SourceMissing = "SourceMissing";
    public const string RatingNotOffered = "RatingNotOffered";
    public const string ReleaseNotFuture = "ReleaseNotFuture";
    public const string ReleaseTooFar = "ReleaseTooFar";
    public const string DayPassed = "DayPassed"; // values: today (yyyy-MM-dd)
    public const string SameReviewer = "SameReviewer";
    public const string LanguageNotOffered = "LanguageNotOffered";
    public const string NoActiveAccount = "NoActiveAccount"; // values: the person's name
    public const string DueTooFar = "DueTooFar"; // values: the most years ahead
    public const string TooManyTopics = "TooManyTopics"; // values: the most topics
    public const string PlaceOutOfRange = "PlaceOutOfRange"; // values: the last place
    public const string KeyTaken = "KeyTaken"; // values: the key, the rating's label
    public const string LabelTaken = "LabelTaken"; // values: the label
    public const string ValueOutside = "ValueOutside"; // values: the worst, the best
    public const string TranslationSameLanguage = "TranslationSameLanguage"; // values: the fact check's language
    public const string RoleTooLow = "RoleTooLow"; // values: the person's name, their role, the role needed

    /// <summary>Every named rule, for the test that each has its wording in every desk language.</summary>
    public static readonly string[] Named =
    [
        Required, TooLong, Unshowable, OneLine, WebAddress, AddressTooLong, InFuture, Before1800, DateMissing,
        SourceMissing, RatingNotOffered, ReleaseNotFuture, ReleaseTooFar, DayPassed, SameReviewer, LanguageNotOffered,
        NoActiveAccount, DueTooFar, TooManyTopics, RoleTooLow, PlaceOutOfRange, KeyTaken, LabelTaken, ValueOutside, TranslationSameLanguage,
    ];
}
