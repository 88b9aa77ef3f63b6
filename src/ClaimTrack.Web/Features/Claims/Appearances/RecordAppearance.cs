using ClaimTrack.Web.Features.Claims.Writing;

namespace ClaimTrack.Web.Features.Claims.Appearances;

/// <summary>Another place the same claim was made (a repeat in a speech, a re-post, a broadcast).</summary>
public sealed record RecordAppearance(string Outlet, string? Url, DateOnly? AppearedOn, string? Note);

public static class RecordAppearanceDecision
{
    public static readonly CommandEntry Entry = CommandEntry
        .OnClaim<RecordAppearance>(NewsroomRole.Reporter, (claim, command, d) => [Decide(claim, command, d.By, d.Now)])
        .Wording<AppearanceRecorded>(e => $"{e.By.Name} recorded an appearance in {e.Appearance.Outlet} at {e.At:u}");

    public static AppearanceRecorded Decide(Claim claim, RecordAppearance command, Actor by, DateTimeOffset now)
    {
        var check = new InputCheck();
        ClaimFields.CheckAppearance(check, command.Outlet, command.Url, command.AppearedOn, now);
        check.Optional("Note", command.Note, InputLimits.Note, "The note");
        check.ThrowIfAny();
        var appearance = new Appearance(
            Guid.CreateVersion7(now), command.Outlet.Trim(), ClaimFields.Clean(command.Url), command.AppearedOn!.Value, ClaimFields.Clean(command.Note), IsFirst: false);
        return new AppearanceRecorded(claim.Id, appearance, by, now);
    }
}
