using ClaimTrack.Web.Features.Claims;

namespace ClaimTrack.Web.Features.ReaderRequests;

/// <summary>
/// The triage rules, as pure decisions: given the request and a command, the event to record or a broken rule.
/// A closed request takes no further step, so what its reader last saw on the status page stays what happened.
/// </summary>
public static class RequestDecisions
{
    public const int ReplyLimit = 4_000;
    public const int ReasonLimit = InputLimits.Reason;

    public static RequestAssigned Assign(ReaderRequest request, Actor to, Actor by, DateTimeOffset at)
    {
        Open(request);
        if (request.AssignedTo?.UserId == to.UserId) throw new ClaimRuleBroken("RequestAlreadyAssigned", $"This request is already assigned to {to.Name}.", to.Name);
        return new(request.Id, to, by, at);
    }

    public static RequestAnswered Answer(ReaderRequest request, string reply, Actor by, DateTimeOffset at)
    {
        Open(request);
        var text = Required(reply, "Reply", "Write the reply the reader will read.", ReplyLimit);
        return new(request.Id, text, by, at);
    }

    public static TipTurnedIntoClaim TurnIntoClaim(ReaderRequest request, Guid claimId, Actor by, DateTimeOffset at)
    {
        Open(request);
        if (request.Kind != RequestKind.Tip) throw new ClaimRuleBroken("Only a tip becomes a claim; a correction request is about a claim already.");
        if (request.BecameClaim) throw new ClaimRuleBroken("This tip already became a claim.");
        return new(request.Id, claimId, by, at);
    }

    public static CorrectionLinked LinkCorrection(ReaderRequest request, Guid updateId, Guid updateClaimId, Actor by, DateTimeOffset at)
    {
        Open(request);
        if (request.Kind != RequestKind.Correction) throw new ClaimRuleBroken("Only a correction request links to a correction.");
        // The status page would otherwise point the reader at a change to some other fact check.
        if (updateClaimId != request.ClaimId) throw new ClaimRuleBroken("That correction belongs to another claim.");
        if (request.CorrectionUpdateId == updateId) throw new ClaimRuleBroken("This correction is already linked.");
        return new(request.Id, updateId, by, at);
    }

    public static RequestClosed Close(ReaderRequest request, string reason, Actor by, DateTimeOffset at)
    {
        Open(request);
        return new(request.Id, Required(reason, "Reason", "Say why it is closed: the reader reads the reason.", ReasonLimit), by, at);
    }

    private static void Open(ReaderRequest request)
    {
        if (!request.IsOpen) throw new ClaimRuleBroken("This request is closed; nothing more can be recorded on it.");
    }

    private static string Required(string? value, string field, string missing, int limit)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0) throw new ClaimInputInvalid(new Dictionary<string, string[]> { [field] = [missing] });
        if (text.Length > limit)
            new InputCheck().That(false, field, $"At most {limit:N0} characters (this has {text.Length:N0}).", FieldRule.TooLong, text.Length, limit).ThrowIfAny();
        return text;
    }
}
