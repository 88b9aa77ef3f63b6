using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Assignments;
using ClaimTrack.Web.Features.Claims.Writing;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Claims.Assignments;

public sealed class AssignClaimDecisionTests
{
    private static readonly Assignee Rosa = new(Reporter.UserId, Reporter.Name, NewsroomRole.Reporter);
    private static readonly Assignee Amir = new(Editor.UserId, Editor.Name, NewsroomRole.Editor);
    private static readonly Assignee Mei = new(OtherEditor.UserId, OtherEditor.Name, NewsroomRole.Editor);
    private static readonly DateOnly Friday = new(2025, 3, 14); // Now is Monday 2025-03-10 12:00 UTC

    private static AssignClaim Full(DateOnly? due = null, ClaimPriority priority = ClaimPriority.High) => new(Rosa, Mei, due ?? Friday, priority);

    [Fact]
    public void One_save_appends_an_event_per_changed_fact_with_what_it_replaced()
    {
        var events = When(Given(Registered()), Full(), by: Editor);

        events.Select(e => e.GetType()).ShouldBe([typeof(ClaimAssigned), typeof(ReviewerAssigned), typeof(DueDateSet), typeof(PriorityChanged)]);
        var assigned = (ClaimAssigned)events[0];
        (assigned.Owner, assigned.Previous, assigned.By).ShouldBe((Reporter, null, Editor));
        ((ReviewerAssigned)events[1]).Reviewer.ShouldBe(OtherEditor);
        var due = (DueDateSet)events[2];
        (due.DueOn, due.DueBy, due.Previous).ShouldBe((Friday, new DateTimeOffset(2025, 3, 15, 0, 0, 0, TimeSpan.Zero), (DateOnly?)null));
        ((PriorityChanged)events[3]).ShouldSatisfyAllConditions(p => p.Priority.ShouldBe(ClaimPriority.High), p => p.Previous.ShouldBe(ClaimPriority.Normal));
    }

    [Fact]
    public void Only_what_changed_is_appended_and_nothing_when_nothing_did()
    {
        var claim = Given([Registered(), .. When(Given(Registered()), Full(), by: Editor)]);

        When(claim, Full(), by: Editor).ShouldBeEmpty();
        var moved = When(claim, Full(due: Friday.AddDays(3)), by: Editor).ShouldHaveSingleItem().ShouldBeOfType<DueDateSet>();
        moved.Previous.ShouldBe(Friday);
        var unassigned = When(claim, Full() with { Owner = null }, by: Editor).ShouldHaveSingleItem().ShouldBeOfType<ClaimAssigned>();
        (unassigned.Owner, unassigned.Previous).ShouldBe((null, Reporter));
    }

    [Fact]
    public void The_due_day_ends_at_midnight_in_the_newsrooms_zone()
    {
        var caracas = new NewsroomOptions { TimeZone = "America/Caracas" };

        var due = When(Given(Registered()), new AssignClaim(null, null, Friday, ClaimPriority.Normal), Editor, caracas).Single().ShouldBeOfType<DueDateSet>();

        due.DueBy.ShouldBe(new DateTimeOffset(2025, 3, 15, 4, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void A_due_day_already_over_in_the_newsroom_is_refused_and_so_is_a_mistyped_year()
    {
        // 12:00 UTC on the 10th is already the 11th in Kiritimati (UTC+14): there the 10th is over.
        var kiritimati = new NewsroomOptions { TimeZone = "Pacific/Kiritimati" };
        var claim = Given(Registered());

        When(claim, new AssignClaim(null, null, new DateOnly(2025, 3, 10), ClaimPriority.Normal), Editor).ShouldHaveSingleItem();
        Should.Throw<ClaimInputInvalid>(() => When(claim, new AssignClaim(null, null, new DateOnly(2025, 3, 10), ClaimPriority.Normal), Editor, kiritimati))
            .Errors["DueOn"].Single().ShouldContain("today is 2025-03-11");
        Should.Throw<ClaimInputInvalid>(() => When(claim, new AssignClaim(null, null, new DateOnly(2205, 3, 10), ClaimPriority.Normal), Editor))
            .Errors.Keys.ShouldBe(["DueOn"]);
    }

    [Fact]
    public void Only_active_people_are_named_and_only_an_editor_reviews()
    {
        var claim = Given(Registered());
        var locked = Rosa with { Role = null };

        Should.Throw<ClaimInputInvalid>(() => When(claim, Full() with { Owner = locked }, Editor)).Errors.Keys.ShouldBe(["Owner"]);
        Should.Throw<ClaimInputInvalid>(() => When(claim, Full() with { Owner = Amir, Reviewer = Rosa }, Editor))
            .Errors["Reviewer"].Single().ShouldBe("Rosa Díaz is a Reporter: reviewing needs the Editor role.");
        Should.Throw<ClaimInputInvalid>(() => When(claim, Full() with { Reviewer = Mei with { Role = null } }, Editor)).Errors.Keys.ShouldBe(["Reviewer"]);
    }

    [Fact]
    public void A_person_who_left_after_being_named_does_not_block_other_changes()
    {
        var claim = Given([Registered(), .. When(Given(Registered()), Full(), by: Editor)]);

        When(claim, Full(due: Friday.AddDays(1)) with { Owner = Rosa with { Role = null } }, Editor).ShouldHaveSingleItem().ShouldBeOfType<DueDateSet>();
    }

    [Fact]
    public void The_owner_cannot_be_their_own_reviewer_while_the_two_person_rule_holds()
    {
        var claim = Given(Registered());

        Should.Throw<ClaimInputInvalid>(() => When(claim, Full() with { Owner = Amir, Reviewer = Amir }, Editor)).Errors.Keys.ShouldBe(["Reviewer"]);
        When(claim, Full() with { Owner = Amir, Reviewer = Amir }, Editor, WithoutTwoPersonRule).Count.ShouldBe(4);
    }

    [Fact]
    public void Assigning_is_an_editors_and_the_history_words_each_change()
    {
        AssignClaimDecision.Entry.Role.ShouldBe(NewsroomRole.Editor);
        var first = When(Given(Registered()), Full(), by: Editor);
        var claim = Given([Registered(), .. first]);
        var second = When(claim, new AssignClaim(Amir, null, null, ClaimPriority.Urgent), by: OtherEditor);

        first.Select(e => ClaimConflicts.Describe(e)).ShouldBe([
            "Amir Haddad assigned the claim to Rosa Díaz at 2025-03-10 12:00 UTC",
            "Amir Haddad asked Mei Tanaka to review the claim at 2025-03-10 12:00 UTC",
            "Amir Haddad set the due date to 2025-03-14 at 2025-03-10 12:00 UTC",
            "Amir Haddad changed the priority from normal to high at 2025-03-10 12:00 UTC",
        ]);
        second.Select(e => ClaimConflicts.Describe(e)).ShouldBe([
            "Mei Tanaka assigned the claim to Amir Haddad (was Rosa Díaz) at 2025-03-10 12:00 UTC",
            "Mei Tanaka removed the reviewer (was Mei Tanaka) at 2025-03-10 12:00 UTC",
            "Mei Tanaka removed the due date (was 2025-03-14) at 2025-03-10 12:00 UTC",
            "Mei Tanaka changed the priority from high to urgent at 2025-03-10 12:00 UTC",
        ]);
    }

    [Fact]
    public void Assignment_is_desk_bookkeeping_that_leaves_a_published_claim_as_readers_see_it()
    {
        var published = Given(PublishedHistory());
        var (updated, version) = (published.UpdatedAt, published.Version);

        foreach (var e in When(published, Full(), by: Editor)) published.Replay(e);

        (published.Owner, published.Reviewer, published.DueOn, published.Priority).ShouldBe((Reporter, OtherEditor, Friday, ClaimPriority.High));
        published.HasUnpublishedChanges.ShouldBeFalse();
        published.UpdatedAt.ShouldBe(updated);
        published.Version.ShouldBe(version + 4);
    }
}
