namespace ClaimTrack.Web.Features.Claims;

/// <summary>Input an editor can fix at the field: each key is a field name, each value the messages for it.</summary>
public sealed class ClaimInputInvalid(IReadOnlyDictionary<string, string[]> errors)
    : Exception("Some fields need attention: " + string.Join(" ", errors.SelectMany(e => e.Value)))
{
    /// <summary>The English sentences: what the API, the logs and an English desk show.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    /// <summary>The same problems with the rule each breaks, so a desk page can word them in its person's language.</summary>
    public IReadOnlyDictionary<string, FieldRule[]> Rules { get; private init; } =
        errors.ToDictionary(e => e.Key, e => e.Value.Select(m => new FieldRule(FieldRule.Unnamed, m, [])).ToArray());

    internal ClaimInputInvalid(IReadOnlyDictionary<string, FieldRule[]> rules)
        : this(rules.ToDictionary(r => r.Key, r => r.Value.Select(v => v.Message).ToArray())) => Rules = rules;
}

/// <summary>A newsroom rule the command breaks (no verdict without evidence, a retraction needs a reason...).</summary>
public sealed class ClaimRuleBroken : Exception
{
    /// <summary>A fixed sentence: a desk in another language looks it up by its English words.</summary>
    public ClaimRuleBroken(string message) : base(message) => Sentence = CodedSentence.Plain(message);

    /// <summary>A sentence with names or numbers in it: <paramref name="code"/> names its wording in other languages,
    /// <paramref name="values"/> fill its blanks there; the message stays the English sentence (API, logs).</summary>
    public ClaimRuleBroken(string code, string message, params object[] values) : base(message) => Sentence = new(code, message, values);

    /// <summary>Several problems at once, each a sentence of its own, said together (the rating scale's rules).</summary>
    public ClaimRuleBroken(IReadOnlyList<CodedSentence> sentences) : base(string.Join(" ", sentences.Select(s => s.English))) =>
        Sentence = CodedSentence.Plain(Message) with { Parts = sentences };

    public CodedSentence Sentence { get; }
}

public sealed class ClaimNotFound(Guid claimId) : Exception($"No claim has the id {claimId}.")
{
    public Guid ClaimId { get; } = claimId;
}

/// <summary>Someone else changed the claim after the editor loaded it; names that change so the editor can reload and reapply.</summary>
public sealed class ClaimEditConflict(Guid claimId, long expectedVersion, long currentVersion, string newerChange)
    : Exception($"This claim changed while you were editing it (you saw version {expectedVersion}, it is now at {currentVersion}): {newerChange}. Reload it and apply your change again.")
{
    public Guid ClaimId { get; } = claimId;
    public long ExpectedVersion { get; } = expectedVersion;
    public long CurrentVersion { get; } = currentVersion;
    public string NewerChange { get; } = newerChange;

    /// <summary>The newer events themselves (oldest first), so a desk page can name them in its person's language.</summary>
    public IReadOnlyList<object> NewerEvents { get; init; } = [];
}
