using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Desk.Notes;

namespace ClaimTrack.Tests.Features.Desk.Notes;

/// <summary>Given a discussion, when a note command, then its events or the rule it breaks.</summary>
public sealed class NoteDecisionsTests
{
    private static readonly Guid ClaimId = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    public static readonly IReadOnlyList<DeskPerson> Desk = Mentions.WithHandles(
    [
        ("u-rosa", "Rosa Díaz", "rosa@newsroom.org", "rosa@newsroom.org", ["Reporter"]),
        ("u-amir", "Amir Haddad", "amir@newsroom.org", "amir@newsroom.org", ["Editor"]),
        ("u-mei1", "Mei Tanaka", "mei@newsroom.org", "mei@newsroom.org", ["Editor"]),
        ("u-mei2", "Mei Sato", "mei@partner.org", "mei@partner.org", ["Reporter"]),
    ]);
    private static readonly Actor Rosa = Desk.Single(p => p.UserId == "u-rosa").Actor;
    private static readonly Actor Amir = Desk.Single(p => p.UserId == "u-amir").Actor;

    private static ClaimNotes With(params object[] events)
    {
        var notes = ClaimNotes.Create((NoteAdded)events[0]);
        foreach (var e in events.Skip(1))
            notes = e switch { NoteEdited ed => notes.Apply(ed), NoteDeleted d => notes.Apply(d), NoteAdded a => notes.Apply(a), _ => notes };
        return notes;
    }

    private static NoteAdded Added(Guid id, Actor by, string text = "First look.", DateTimeOffset? at = null) =>
        new(ClaimId, id, text, [], by, at ?? Now);

    [Fact]
    public void A_note_names_the_desk_people_it_mentions_resolved_on_save()
    {
        var id = Guid.NewGuid();

        var events = NoteDecisions.Add(null, ClaimId, new AddNote(id, "  @amir can you check the **1985** figure? cc @mei@partner.org.  "), Desk, Rosa, Now);

        var added = events.ShouldHaveSingleItem().ShouldBeOfType<NoteAdded>();
        added.Text.ShouldBe("@amir can you check the **1985** figure? cc @mei@partner.org.");
        added.Mentions.Select(m => m.UserId).ShouldBe(["u-amir", "u-mei2"]);
        (added.ClaimId, added.NoteId, added.By, added.At).ShouldBe((ClaimId, id, Rosa, Now));
    }

    [Theory]
    [InlineData("", "Write something")]
    [InlineData("   \n ", "Write something")]
    [InlineData("@nobody look", "Nobody on the desk is called @nobody")]
    [InlineData("@mei look", "Nobody on the desk is called @mei")] // two Meis: the whole address names one
    [InlineData("bad \u0001 byte", "control characters")]
    [InlineData("nul \0 byte", "control characters")] // PostgreSQL would refuse it in jsonb: the field says so first
    public void Bad_input_is_refused_at_the_note_field(string text, string message)
    {
        var refused = Should.Throw<ClaimInputInvalid>(() => NoteDecisions.Add(null, ClaimId, new AddNote(Guid.NewGuid(), text), Desk, Rosa, Now));

        refused.Errors[NoteDecisions.Field].ShouldHaveSingleItem().ShouldContain(message);
    }

    [Fact]
    public void A_note_longer_than_the_limit_is_refused_with_its_length()
    {
        var text = new string('a', NoteDecisions.MaxLength + 1);

        var refused = Should.Throw<ClaimInputInvalid>(() => NoteDecisions.Add(null, ClaimId, new AddNote(Guid.NewGuid(), text), Desk, Rosa, Now));

        refused.Errors[NoteDecisions.Field].ShouldHaveSingleItem().ShouldBe("A note can be at most 4,000 characters; this one has 4,001.");
        NoteDecisions.Add(null, ClaimId, new AddNote(Guid.NewGuid(), text[1..]), Desk, Rosa, Now).ShouldHaveSingleItem();
    }

    [Fact]
    public void An_email_address_in_the_text_is_no_mention()
    {
        var added = (NoteAdded)NoteDecisions.Add(null, ClaimId, new AddNote(Guid.NewGuid(), "Write to press@ministry.gov about it."), Desk, Rosa, Now).Single();

        added.Mentions.ShouldBeEmpty();
    }

    [Fact]
    public void A_retry_of_a_saved_note_appends_nothing()
    {
        var id = Guid.NewGuid();
        var notes = With(Added(id, Rosa));

        NoteDecisions.Add(notes, ClaimId, new AddNote(id, "First look."), Desk, Rosa, Now).ShouldBeEmpty();
        Should.Throw<ClaimRuleBroken>(() => NoteDecisions.Add(notes, ClaimId, new AddNote(id, "Mine."), Desk, Amir, Now));
    }

    [Fact]
    public void The_author_edits_within_the_window_and_only_new_mentions_are_new()
    {
        var id = Guid.NewGuid();
        var notes = With(new NoteAdded(ClaimId, id, "@amir look", [Amir], Rosa, Now));

        var edited = NoteDecisions.Edit(notes, new EditNote(id, "@amir and @mei@newsroom.org look"), Desk, Rosa, Now + NoteDecisions.EditWindow)
            .ShouldHaveSingleItem().ShouldBeOfType<NoteEdited>();

        edited.Mentions.Select(m => m.UserId).ShouldBe(["u-amir", "u-mei1"]);
        edited.NewlyMentioned.Select(m => m.UserId).ShouldBe(["u-mei1"]);
        edited.PreviousText.ShouldBe("@amir look");
        notes.Apply(edited).Find(id)!.EditedAt.ShouldBe(Now + NoteDecisions.EditWindow);
    }

    [Fact]
    public void Only_the_author_may_change_a_note_and_only_for_a_while()
    {
        var id = Guid.NewGuid();
        var notes = With(Added(id, Rosa));

        Should.Throw<ClaimRuleBroken>(() => NoteDecisions.Edit(notes, new EditNote(id, "Changed."), Desk, Amir, Now))
            .Message.ShouldBe("Only Rosa Díaz, who wrote this note, may edit it.");
        Should.Throw<ClaimRuleBroken>(() => NoteDecisions.Delete(notes, new DeleteNote(id), Rosa, Now + NoteDecisions.EditWindow + TimeSpan.FromSeconds(1)))
            .Message.ShouldContain("15 minutes");
        Should.Throw<ClaimRuleBroken>(() => NoteDecisions.Edit(notes, new EditNote(Guid.NewGuid(), "x"), Desk, Rosa, Now));
        NoteDecisions.CanChange(notes.Find(id)!, "u-rosa", Now.AddMinutes(14)).ShouldBeTrue();
        NoteDecisions.CanChange(notes.Find(id)!, "u-amir", Now).ShouldBeFalse();
    }

    [Fact]
    public void A_deleted_note_keeps_its_place_without_its_text_and_cannot_be_changed_again()
    {
        var id = Guid.NewGuid();
        var notes = With(Added(id, Rosa, "Oops, wrong claim."));

        var deleted = NoteDecisions.Delete(notes, new DeleteNote(id), Rosa, Now.AddMinutes(1)).ShouldHaveSingleItem().ShouldBeOfType<NoteDeleted>();
        notes = notes.Apply(deleted);

        var note = notes.Find(id)!;
        (note.Deleted, note.Text, note.DeletedBy).ShouldBe((true, "", Rosa));
        Should.Throw<ClaimRuleBroken>(() => NoteDecisions.Edit(notes, new EditNote(id, "Back."), Desk, Rosa, Now.AddMinutes(2))).Message.ShouldBe("This note was deleted.");
    }

    [Fact]
    public void The_history_says_who_added_edited_and_deleted_a_note()
    {
        var time = NewsroomTime.Utc;

        time.Words(NoteHistory.Words(new NoteAdded(ClaimId, Guid.NewGuid(), "x", [Amir], Rosa, Now))!)
            .ShouldBe("Rosa Díaz added a note mentioning Amir Haddad at 2026-11-30 09:00 UTC");
        time.Words(NoteHistory.Words(new NoteDeleted(ClaimId, Guid.NewGuid(), Rosa, Now))!).ShouldStartWith("Rosa Díaz deleted a note");
        NoteHistory.Words(new object()).ShouldBeNull();
    }

    [Fact]
    public void A_discussion_stream_is_never_the_claim_stream()
    {
        ClaimNotes.StreamFor(ClaimId).ShouldNotBe(ClaimId);
        ClaimNotes.StreamFor(ClaimId).ShouldBe(ClaimNotes.StreamFor(ClaimId));
    }
}
