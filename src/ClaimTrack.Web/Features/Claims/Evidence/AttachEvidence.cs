using ClaimTrack.Web.Features.Claims.Writing;

namespace ClaimTrack.Web.Features.Claims.Evidence;

/// <summary>A source an editor relies on; a URL, a citation, or both.</summary>
public sealed record AttachEvidence(Guid EvidenceId, EvidenceDetails Details);

public static class AttachEvidenceDecision
{
    /// <summary>Reporters gather evidence; the history names what was attached.</summary>
    public static readonly CommandEntry Entry = CommandEntry
        .OnClaim<AttachEvidence>(NewsroomRole.Reporter, (claim, command, d) => [Decide(claim, command, d.By, d.Now)])
        .Wording<EvidenceAttached>(e => $"{e.By.Name} attached evidence \"{e.Details.Title}\" at {e.At:u}");

    public static EvidenceAttached Decide(Claim claim, AttachEvidence command, Actor by, DateTimeOffset now)
    {
        var details = EvidenceFields.Checked(command.Details, now);
        if (claim.Evidence.Exists(e => e.Id == command.EvidenceId))
            throw new ClaimRuleBroken("This piece of evidence is already attached; correct it instead.");
        return new EvidenceAttached(claim.Id, command.EvidenceId, details, by, now);
    }
}

internal static class EvidenceFields
{
    /// <summary>Validates the details and returns them trimmed.</summary>
    /// <param name="d">The details as typed.</param>
    /// <param name="now">Today, for the rule that evidence cannot be published in the future.</param>
    /// <param name="reason">For corrections: the reason, checked with the details so every problem is reported at once.</param>
    public static EvidenceDetails Checked(EvidenceDetails d, DateTimeOffset now, (string? Text, string Action)? reason = null)
    {
        var check = new InputCheck()
            .Required("Title", d.Title, InputLimits.Title, "The title")
            .SingleLine("Title", d.Title, "The title")
            .WebAddress("Url", d.Url, "The evidence's web address")
            .Optional("Citation", d.Citation, InputLimits.Citation, "The citation")
            .That(!string.IsNullOrWhiteSpace(d.Url) || !string.IsNullOrWhiteSpace(d.Citation), "Url",
                "Give a web address or a citation, so readers can find the source.", FieldRule.SourceMissing)
            .Optional("Publisher", d.Publisher, InputLimits.Name, "The publisher")
            .NotInFuture("PublishedOn", d.PublishedOn, now, "The evidence's date")
            .Optional("Excerpt", d.Excerpt, InputLimits.Excerpt, "The excerpt")
            .That(Enum.IsDefined(d.Kind), "Kind", "Choose what kind of evidence this is.")
            .That(Enum.IsDefined(d.Stance), "Stance", "Choose whether the evidence supports, contradicts or gives context.");
        if (reason is { } r) check.Required("Reason", r.Text, InputLimits.Reason, $"A reason for the {r.Action}");
        check.ThrowIfAny();
        return d with
        {
            Title = d.Title.Trim(),
            Url = ClaimFields.Clean(d.Url),
            Citation = ClaimFields.Clean(d.Citation),
            Publisher = ClaimFields.Clean(d.Publisher),
            Excerpt = ClaimFields.Clean(d.Excerpt),
        };
    }

    public static EvidenceItem Standing(Claim claim, Guid evidenceId)
    {
        var item = claim.Evidence.Find(e => e.Id == evidenceId) ?? throw new ClaimRuleBroken("This claim has no such piece of evidence.");
        return item.Withdrawn ? throw new ClaimRuleBroken("EvidenceWithdrawn", $"\"{item.Details.Title}\" was withdrawn and can no longer be changed.", item.Details.Title) : item;
    }

    public static string Reason(string? reason, string action)
    {
        new InputCheck().Required("Reason", reason, InputLimits.Reason, $"A reason for the {action}").ThrowIfAny();
        return reason!.Trim();
    }
}
