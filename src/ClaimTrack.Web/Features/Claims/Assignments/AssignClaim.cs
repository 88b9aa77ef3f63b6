using System.Globalization;
using ClaimTrack.Web.Features.Claims.Verdicts;
using ClaimTrack.Web.Features.Claims.Writing;

namespace ClaimTrack.Web.Features.Claims.Assignments;

/// <summary>How soon the desk should get to a claim, lowest first.</summary>
public enum ClaimPriority { Low = 1, Normal = 2, High = 3, Urgent = 4 }

/// <summary>
/// A person the desk can name on a claim, as their account stands when the command runs: Role is the highest role they
/// hold, null when they have no usable account (gone, locked by an Admin, or without a role). The Claims core knows no
/// accounts, so the desk fills this in from the stored account just before the command runs, whatever the page showed.
/// </summary>
public sealed record Assignee(string UserId, string Name, NewsroomRole? Role)
{
    public Actor ToActor() => new(UserId, Name);
}

/// <summary>The assignment as the workspace's editor holds it: owner, reviewer (both optional), due day, priority.</summary>
public sealed record AssignClaim(Assignee? Owner, Assignee? Reviewer, DateOnly? DueOn, ClaimPriority Priority);

public static class AssignClaimDecision
{
    /// <summary>Handing out the desk's work is an Editor's, as review is. One save appends one event per changed fact.</summary>
    public static readonly CommandEntry Entry = CommandEntry
        .OnClaim<AssignClaim>(NewsroomRole.Editor, Decide)
        .Wording<ClaimAssigned>(e => e.Owner is { } owner
            ? (FormattableString)$"{e.By.Name} assigned the claim to {owner.Name}{Was(e.Previous)} at {e.At:u}"
            : (FormattableString)$"{e.By.Name} removed the owner{Was(e.Previous)} at {e.At:u}")
        .Wording<ReviewerAssigned>(e => e.Reviewer is { } reviewer
            ? (FormattableString)$"{e.By.Name} asked {reviewer.Name} to review the claim{Was(e.Previous)} at {e.At:u}"
            : (FormattableString)$"{e.By.Name} removed the reviewer{Was(e.Previous)} at {e.At:u}")
        .Wording<DueDateSet>(e => e.DueOn is { } due
            ? (FormattableString)$"{e.By.Name} set the due date to {due:yyyy-MM-dd}{Was(e.Previous)} at {e.At:u}"
            : (FormattableString)$"{e.By.Name} removed the due date{Was(e.Previous)} at {e.At:u}")
        .Wording<PriorityChanged>(e => $"{e.By.Name} changed the priority from {Word(e.Previous)} to {Word(e.Priority)} at {e.At:u}");

    /// <summary>How far ahead a due date may be: further is a mistyped year, not a plan.</summary>
    public const int MaxYearsAhead = 5;

    /// <summary>Emits one event per fact that changed, and none when nothing did.</summary>
    public static IReadOnlyList<object> Decide(Claim claim, AssignClaim command, DecisionInputs d)
    {
        var (owner, reviewer) = (command.Owner?.ToActor(), command.Reviewer?.ToActor());
        var ownerChanged = owner?.UserId != claim.Owner?.UserId;
        var reviewerChanged = reviewer?.UserId != claim.Reviewer?.UserId;
        var dueChanged = command.DueOn != claim.DueOn;
        var time = NewsroomTime.From(d.Newsroom.TimeZone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(d.Now, time.Zone).DateTime);

        // Only what changes is judged: an owner who has since left does not block moving the due date.
        var check = new InputCheck();
        if (ownerChanged && command.Owner is { Role: null } gone)
            check.That(false, "Owner", $"{gone.Name} has no active desk account (locked, or without a role): pick someone else.", FieldRule.NoActiveAccount, gone.Name);
        if (reviewerChanged && command.Reviewer is { } asked && !(asked.Role >= ReviewVerdictDecision.ApproveEntry.Role))
        {
            if (asked.Role is null)
                check.That(false, "Reviewer", $"{asked.Name} has no active desk account (locked, or without a role): pick someone else.",
                    FieldRule.NoActiveAccount, asked.Name);
            else
                check.That(false, "Reviewer", $"{asked.Name} is a {asked.Role}: reviewing needs the {ReviewVerdictDecision.ApproveEntry.Role} role.",
                    FieldRule.RoleTooLow, asked.Name, asked.Role, ReviewVerdictDecision.ApproveEntry.Role);
        }
        // The two-person rule keeps a proposer from approving their own verdict; an owner named as their own reviewer
        // would be that, planned in advance.
        if ((ownerChanged || reviewerChanged) && d.Newsroom.TwoPersonRule && owner is not null && reviewer?.UserId == owner.UserId)
            check.That(false, "Reviewer", "The reviewer must be someone other than the owner while the two-person rule is on.", FieldRule.SameReviewer);
        if (dueChanged && command.DueOn is { } day)
        {
            check.That(day >= today, "DueOn", $"That day has passed (today is {today:yyyy-MM-dd} in the newsroom): pick today or later.",
                FieldRule.DayPassed, today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            check.That(day <= today.AddYears(MaxYearsAhead), "DueOn", $"The due date is more than {MaxYearsAhead} years away: check the year.", FieldRule.DueTooFar, MaxYearsAhead);
        }
        check.That(Enum.IsDefined(command.Priority), "Priority", "Pick a priority from the list.");
        check.ThrowIfAny();

        var events = new List<object>();
        if (ownerChanged) events.Add(new ClaimAssigned(claim.Id, owner, claim.Owner, d.By, d.Now));
        if (reviewerChanged) events.Add(new ReviewerAssigned(claim.Id, reviewer, claim.Reviewer, d.By, d.Now));
        if (dueChanged)
            events.Add(new DueDateSet(claim.Id, command.DueOn, command.DueOn is { } due ? time.StartOf(due.AddDays(1)) : null, claim.DueOn, d.By, d.Now));
        if (command.Priority != claim.Priority) events.Add(new PriorityChanged(claim.Id, command.Priority, claim.Priority, d.By, d.Now));
        return events;
    }

    // The priority as a word a desk in another language names its own way (Word_ClaimPriority_High), lower case in English.
    private static HistoryWord Word(ClaimPriority priority) => new(priority, priority.ToString().ToLowerInvariant());

    private static FormattableString Was(Actor? previous) => previous is null ? Phrases.None : $" (was {previous.Name})";

    private static FormattableString Was(DateOnly? previous) =>
        previous is { } day ? $" (was {day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})" : Phrases.None;
}
