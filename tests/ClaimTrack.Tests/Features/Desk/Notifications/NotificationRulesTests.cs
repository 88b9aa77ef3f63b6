using ClaimTrack.Tests.Features.Desk.Notes;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Publication;
using ClaimTrack.Web.Features.Desk.Notes;
using ClaimTrack.Web.Features.Desk.Notifications;

namespace ClaimTrack.Tests.Features.Desk.Notifications;

/// <summary>Given an event, the claim before it and the desk, then who is told what.</summary>
public sealed class NotificationRulesTests
{
    private static readonly IReadOnlyList<DeskPerson> Desk = NoteDecisionsTests.Desk;
    private static readonly Actor Rosa = Person("u-rosa");
    private static readonly Actor Amir = Person("u-amir");
    private static readonly Actor Mei = Person("u-mei1");
    private static readonly Guid ClaimId = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    private static Actor Person(string id) => Desk.Single(p => p.UserId == id).Actor;

    private static readonly VerdictText Words = new("false", "Not a record.", "The figures say **71%**.");

    private static Claim Claim(PendingVerdict? pending = null, PendingPublicChange? change = null) =>
        new() { Id = ClaimId, Statement = "Turnout was the highest in forty years.", Pending = pending, PendingChange = change };

    private static IReadOnlyList<(string, NotificationKind)> Told(object e, Claim? claim = null) =>
        [.. NotificationRules.For(e, claim ?? Claim(), Desk, Now).Select(d => (d.Recipient, d.Kind))];

    [Fact]
    public void A_mention_tells_the_people_named_and_nobody_else()
    {
        Told(new NoteAdded(ClaimId, Guid.NewGuid(), "@amir @mei@newsroom.org look", [Amir, Mei], Rosa, Now))
            .ShouldBe([("u-amir", NotificationKind.Mention), ("u-mei1", NotificationKind.Mention)]);
        NotificationRules.For(new NoteAdded(ClaimId, Guid.NewGuid(), "@amir look", [Amir], Rosa, Now), null, Desk, Now).Single().What
            .ShouldBe("Rosa Díaz mentioned you in a note: “@amir look”");
    }

    [Fact]
    public void Nobody_is_told_of_their_own_mention_and_an_edit_tells_only_the_newly_named()
    {
        Told(new NoteAdded(ClaimId, Guid.NewGuid(), "note to self @rosa", [Rosa], Rosa, Now)).ShouldBeEmpty();
        Told(new NoteEdited(ClaimId, Guid.NewGuid(), "@amir @mei@newsroom.org", [Amir, Mei], [Mei], "@amir", Rosa, Now))
            .ShouldBe([("u-mei1", NotificationKind.Mention)]);
    }

    [Fact]
    public void A_proposal_asks_every_editor_but_the_proposer_for_review()
    {
        Told(new VerdictProposed(ClaimId, Guid.NewGuid(), Words, null, Rosa, Now))
            .ShouldBe([("u-amir", NotificationKind.ReviewRequested), ("u-mei1", NotificationKind.ReviewRequested)]);
        Told(new PublicChangeProposed(ClaimId, Guid.NewGuid(), PublicChangeKind.Correction, "Typo.", null, "s", "r", Amir, Now))
            .ShouldBe([("u-mei1", NotificationKind.ReviewRequested)]);
    }

    [Fact]
    public void A_claim_with_a_named_reviewer_asks_only_that_reviewer()
    {
        var claim = Claim();
        claim.Reviewer = Mei;
        Told(new VerdictProposed(ClaimId, Guid.NewGuid(), Words, null, Rosa, Now), claim).ShouldBe([("u-mei1", NotificationKind.ReviewRequested)]);
    }

    [Fact]
    public void Being_made_owner_or_reviewer_tells_that_person_and_an_unassignment_tells_nobody()
    {
        Told(new ClaimAssigned(ClaimId, Rosa, null, Amir, Now)).ShouldBe([("u-rosa", NotificationKind.Assigned)]);
        Told(new ReviewerAssigned(ClaimId, Mei, null, Amir, Now)).ShouldBe([("u-mei1", NotificationKind.Assigned)]);
        Told(new ClaimAssigned(ClaimId, null, Rosa, Amir, Now)).ShouldBeEmpty();
        Told(new ClaimAssigned(ClaimId, Amir, null, Amir, Now)).ShouldBeEmpty(); // taking a claim oneself
    }

    [Fact]
    public void Sent_back_tells_whoever_proposed_it()
    {
        var pending = new PendingVerdict(Guid.NewGuid(), Words, null, Rosa, Now.AddHours(-1));
        var told = NotificationRules.For(new VerdictSentBack(ClaimId, pending.VerdictId, "Cite the council.", Amir, Now), Claim(pending), Desk, Now);

        told.ShouldHaveSingleItem().ShouldBe(new NotificationDraft("u-rosa", NotificationKind.SentBack, ClaimId, "Amir Haddad sent your verdict back: “Cite the council.”", Amir, Now));
        Told(new VerdictSentBack(ClaimId, Guid.NewGuid(), "x", Amir, Now), Claim()).ShouldBeEmpty(); // nothing pending: nobody to tell
    }

    [Fact]
    public void Approval_tells_the_proposer_unless_they_approved_it_themselves()
    {
        Told(new VerdictApproved(ClaimId, Guid.NewGuid(), Words, null, Rosa, Amir, Now)).ShouldBe([("u-rosa", NotificationKind.Approved)]);
        Told(new VerdictApproved(ClaimId, Guid.NewGuid(), Words, null, Amir, Amir, Now)).ShouldBeEmpty();
        Told(new CorrectionIssued(ClaimId, Guid.NewGuid(), "s", "r", "n", Mei, Now, ProposedBy: Amir)).ShouldBe([("u-amir", NotificationKind.Approved)]);
        Told(new CorrectionIssued(ClaimId, Guid.NewGuid(), "s", "r", "n", Mei, Now)).ShouldBeEmpty();
    }

    [Fact]
    public void Only_people_on_the_desk_are_told_and_old_events_being_loaded_tell_nobody()
    {
        var stranger = new Actor("u-gone", "Former Staff");
        Told(new VerdictApproved(ClaimId, Guid.NewGuid(), Words, null, stranger, Amir, Now)).ShouldBeEmpty();
        NotificationRules.For(new VerdictApproved(ClaimId, Guid.NewGuid(), Words, null, Rosa, Amir, Now.AddDays(-2)), Claim(), Desk, Now).ShouldBeEmpty();
        NotificationRules.Concerns(new VerdictProposed(ClaimId, Guid.NewGuid(), Words, null, Rosa, new DateTimeOffset(2015, 12, 6, 0, 0, 0, TimeSpan.Zero)), Now).ShouldBeFalse();
        NotificationRules.Concerns(new VerdictProposed(ClaimId, Guid.NewGuid(), Words, null, Rosa, Now), Now).ShouldBeTrue();
        NotificationRules.Concerns(new ClaimTextEdited(ClaimId, "s", true, null, "en", Rosa, Now), Now).ShouldBeFalse();
    }

    [Fact]
    public void Assignment_tells_the_person_given_the_claim()
    {
        NotificationRules.Assigned(ClaimId, Rosa, "owner", Amir, Now).ShouldHaveSingleItem()
            .ShouldBe(new NotificationDraft("u-rosa", NotificationKind.Assigned, ClaimId, "Amir Haddad made you the owner of this claim", Amir, Now));
    }

    [Fact]
    public void A_quote_is_one_line_and_short()
    {
        NotificationRules.Quote("line one\nline two").ShouldBe("line one line two");
        NotificationRules.Quote(new string('x', 300)).Length.ShouldBe(140);
    }
}
