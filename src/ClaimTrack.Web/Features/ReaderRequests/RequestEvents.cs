using ClaimTrack.Web.Features.Claims;

namespace ClaimTrack.Web.Features.ReaderRequests;

// One stream per reader request. The token's hash is recorded, never the token: the database alone cannot open a
// reader's status page. The email is in the submission event until it is erased (ReaderEmailErased): then Marten's
// masking rewrites that event without it (EmailErasure/), and no reader page ever shows it meanwhile.

public sealed record TipSubmitted(Guid RequestId, string TokenHash, string Said, string SaidBy, string? Where, string? Link, string? Email, DateTimeOffset At);

public sealed record CorrectionRequested(Guid RequestId, string TokenHash, Guid ClaimId, string ClaimStatement, string Problem, string? Link, string? Email, DateTimeOffset At);

public sealed record RequestAssigned(Guid RequestId, Actor To, Actor By, DateTimeOffset At);

/// <summary>A reply the reader reads on the status page: public words, so an Editor's.</summary>
public sealed record RequestAnswered(Guid RequestId, string Reply, Actor By, DateTimeOffset At);

public sealed record TipTurnedIntoClaim(Guid RequestId, Guid ClaimId, Actor By, DateTimeOffset At);

/// <summary>The correction (a step of the claim's public timeline, a VerdictUpdate) the request led to.</summary>
public sealed record CorrectionLinked(Guid RequestId, Guid UpdateId, Actor By, DateTimeOffset At);

public sealed record RequestClosed(Guid RequestId, string Reason, Actor By, DateTimeOffset At);

/// <summary>Why a reader's email was erased: the retention period after the request settled, or the reader's own ask.</summary>
public enum EmailErasureCause { RetentionEnded, ReaderAsked }

/// <summary>The reader's email is gone from the request and from its submission event. It names no address, on purpose.</summary>
public sealed record ReaderEmailErased(Guid RequestId, EmailErasureCause Cause, DateTimeOffset At);
