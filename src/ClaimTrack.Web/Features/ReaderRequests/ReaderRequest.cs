using ClaimTrack.Web.Features.Claims;

namespace ClaimTrack.Web.Features.ReaderRequests;

public enum RequestKind { Tip, Correction }

/// <summary>Where a request stands, in the words of its status page.</summary>
public enum RequestStage { Received, BeingLookedAt, Answered, Closed }

public sealed record RequestStep(string What, Actor? By, DateTimeOffset At);

/// <summary>
/// A reader's tip or correction request: the write model its decisions judge, kept as an inline snapshot so the triage
/// queue and the status page read it without replaying the stream (as <see cref="Claim"/> is).
/// </summary>
public sealed class ReaderRequest
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public RequestKind Kind { get; set; }
    public RequestStage Stage { get; set; }
    public string TokenHash { get; set; } = "";
    /// <summary>A tip: what was said. A correction request: what the reader says is wrong.</summary>
    public string Text { get; set; } = "";
    public string? SaidBy { get; set; }
    public string? Where { get; set; }
    public string? Link { get; set; }
    /// <summary>Only for the desk to write back; never on a reader page. Null once erased (see EmailErasedAt).</summary>
    public string? Email { get; set; }
    public DateTimeOffset? EmailErasedAt { get; set; }
    /// <summary>The claim a correction request is about, or the claim a tip became.</summary>
    public Guid? ClaimId { get; set; }
    public string? ClaimStatement { get; set; }
    public bool BecameClaim { get; set; }
    public Guid? CorrectionUpdateId { get; set; }
    public Actor? AssignedTo { get; set; }
    public string? Reply { get; set; }
    public DateTimeOffset? RepliedAt { get; set; }
    public string? ClosedReason { get; set; }
    /// <summary>When it was first answered or closed: the email's retention period counts from here.</summary>
    public DateTimeOffset? SettledAt { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<RequestStep> Steps { get; set; } = [];

    public bool IsOpen => Stage != RequestStage.Closed;

    public static ReaderRequest Create(TipSubmitted e) => new()
    {
        Id = e.RequestId,
        Kind = RequestKind.Tip,
        TokenHash = e.TokenHash,
        Text = e.Said,
        SaidBy = e.SaidBy,
        Where = e.Where,
        Link = e.Link,
        Email = e.Email,
        ReceivedAt = e.At,
        UpdatedAt = e.At,
        Steps = [new(RequestStepWords.Line(RequestStepWords.ReceivedTip), null, e.At)],
    };

    public static ReaderRequest Create(CorrectionRequested e) => new()
    {
        Id = e.RequestId,
        Kind = RequestKind.Correction,
        TokenHash = e.TokenHash,
        Text = e.Problem,
        ClaimId = e.ClaimId,
        ClaimStatement = e.ClaimStatement,
        Link = e.Link,
        Email = e.Email,
        ReceivedAt = e.At,
        UpdatedAt = e.At,
        Steps = [new(RequestStepWords.Line(RequestStepWords.ReceivedCorrection), null, e.At)],
    };

    public void Apply(RequestAssigned e)
    {
        AssignedTo = e.To;
        if (Stage == RequestStage.Received) Stage = RequestStage.BeingLookedAt;
        Step(RequestStepWords.Line(RequestStepWords.AssignedTo, e.To.Name), e.By, e.At);
    }

    public void Apply(RequestAnswered e)
    {
        (Reply, RepliedAt, Stage) = (e.Reply, e.At, RequestStage.Answered);
        SettledAt ??= e.At;
        Step(RequestStepWords.Line(RequestStepWords.Replied), e.By, e.At);
    }

    public void Apply(TipTurnedIntoClaim e)
    {
        (ClaimId, BecameClaim) = (e.ClaimId, true);
        if (Stage == RequestStage.Received) Stage = RequestStage.BeingLookedAt;
        Step(RequestStepWords.Line(RequestStepWords.BecameClaim), e.By, e.At);
    }

    public void Apply(CorrectionLinked e)
    {
        CorrectionUpdateId = e.UpdateId;
        if (Stage == RequestStage.Received) Stage = RequestStage.BeingLookedAt;
        Step(RequestStepWords.Line(RequestStepWords.CorrectionLinked), e.By, e.At);
    }

    public void Apply(RequestClosed e)
    {
        (ClosedReason, Stage) = (e.Reason, RequestStage.Closed);
        SettledAt ??= e.At;
        Step(RequestStepWords.Line(RequestStepWords.Closed, e.Reason), e.By, e.At);
    }

    public void Apply(ReaderEmailErased e)
    {
        (Email, EmailErasedAt) = (null, e.At);
        // No person erased it after the retention period: the history names the app, as it names a scheduled release.
        if (e.Cause == EmailErasureCause.ReaderAsked) Step(RequestStepWords.Line(RequestStepWords.ForgotEmail), null, e.At);
        else Step(RequestStepWords.Line(RequestStepWords.RetentionErased), EmailErasure.Retention, e.At);
    }

    private void Step(string what, Actor? by, DateTimeOffset at)
    {
        Steps.Add(new(what, by, at));
        UpdatedAt = at;
    }
}
