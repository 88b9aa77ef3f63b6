using ClaimTrack.Web.Features.Claims.Writing;

namespace ClaimTrack.Web.Features.Claims.Appearances;

/// <summary>Fixes where or when a claim appeared (a wrong date, a dead link); the reason stays in the history.</summary>
public sealed record CorrectAppearance(Guid AppearanceId, string Outlet, string? Url, DateOnly? AppearedOn, string? Note, string Reason);

public static class CorrectAppearanceDecision
{
    public static readonly CommandEntry Entry = CommandEntry
        .OnClaim<CorrectAppearance>(NewsroomRole.Reporter, (claim, command, d) => [Decide(claim, command, d.By, d.Now)])
        .Wording<AppearanceCorrected>(e => $"{e.By.Name} corrected the appearance in {e.Previous.Outlet} ({Changes(e)}) at {e.At:u}");

    public static AppearanceCorrected Decide(Claim claim, CorrectAppearance command, Actor by, DateTimeOffset now)
    {
        var check = new InputCheck();
        ClaimFields.CheckAppearance(check, command.Outlet, command.Url, command.AppearedOn, now);
        check.Optional("Note", command.Note, InputLimits.Note, "The note");
        AppearanceRules.CheckReason(check, command.Reason, "the correction");
        check.ThrowIfAny();

        var previous = AppearanceRules.Listed(claim, command.AppearanceId);
        var corrected = previous with
        {
            Outlet = command.Outlet.Trim(),
            Url = ClaimFields.Clean(command.Url),
            AppearedOn = command.AppearedOn!.Value,
            Note = ClaimFields.Clean(command.Note),
        };
        if (corrected == previous) throw new ClaimRuleBroken("Nothing in this appearance changed.");
        return new AppearanceCorrected(claim.Id, previous, corrected, command.Reason.Trim(), by, now);
    }

    // The history names what changed, so an editor reading it need not compare two versions by eye.
    private static FormattableString Changes(AppearanceCorrected e)
    {
        var (was, now) = (e.Previous, e.Appearance);
        var changes = new List<FormattableString>();
        if (was.Outlet != now.Outlet) changes.Add($"outlet now {now.Outlet}");
        if (was.AppearedOn != now.AppearedOn) changes.Add($"date {AppearanceRules.Day(was)} → {AppearanceRules.Day(now)}");
        if (was.Url != now.Url) changes.Add(now.Url is null ? (FormattableString)$"web address removed" : $"web address changed");
        if (was.Note != now.Note) changes.Add(now.Note is null ? (FormattableString)$"note removed" : $"note changed");
        return Phrases.Join(", ", changes);
    }
}
