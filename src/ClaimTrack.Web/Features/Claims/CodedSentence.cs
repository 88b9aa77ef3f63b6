namespace ClaimTrack.Web.Features.Claims;

/// <summary>
/// A refusal as the decision says it in English, with the code a desk in another language words it by and the values
/// that go in its blanks (a name, a time, a count). The decisions know no desk language; the English stays what the API
/// and the logs say. Values that are words themselves (a kind of change, a role) are passed as enums, so each language
/// names them in its own words.
/// </summary>
public sealed record CodedSentence(string Code, string English, object[] Values)
{
    /// <summary>Sentences said together, each worded on its own; the English is theirs joined.</summary>
    public IReadOnlyList<CodedSentence> Parts { get; init; } = [];

    /// <summary>No code: every language looks the sentence up by its English words or shows it as written.</summary>
    public static CodedSentence Plain(string english) => new("", english, []);
}
