namespace ClaimTrack.Web.Features.ReaderRequests;

/// <summary>Reader forms and the corrections policy (ClaimTrack:Intake); the rate limit is under ClaimTrack:RateLimits.</summary>
public sealed class IntakeOptions
{
    public const string Section = "ClaimTrack:Intake";

    /// <summary>A form sent sooner than this after it was shown is refused: people read before they send, bots do not.</summary>
    public int MinSecondsToSubmit { get; set; } = 3;

    /// <summary>A form older than this is refused, so a stamp harvested once cannot be replayed for ever.</summary>
    public int FormLifetimeMinutes { get; set; } = 120;

    /// <summary>The corrections policy page, in Markdown (sanitised when shown).</summary>
    public string CorrectionsPolicy { get; set; } = DefaultPolicy;

    public const string DefaultPolicy = """
        We correct our mistakes openly. Every correction, revision and retraction stays on the fact check's timeline and
        in our [corrections log](/corrections).

        ## How to ask for a correction

        Use the **Request a correction** link at the foot of any fact check. Tell us what you think is wrong, and, if you
        can, where the right information is. You do not need an account; an email address is optional and is never
        published. You get a private status address that shows where your request stands.

        ## When to expect an answer

        We look at every request within two working days, and answer on your status page within ten.

        ## Where to escalate

        If you are not satisfied with our answer, you can complain to the
        [International Fact-Checking Network](https://ifcncodeofprinciples.poynter.org/complaints) or the
        [European Fact-Checking Standards Network](https://efcsn.com/complaints/) about a breach of their codes.
        """;
}

/// <summary>Reader forms sent per client address per window (ClaimTrack:RateLimits:ReaderForms...); 0 turns it off.</summary>
public sealed class ReaderFormLimitOptions
{
    public int ReaderFormsPerAddress { get; set; } = 5;
    public int ReaderFormsWindowSeconds { get; set; } = 3600;
}
