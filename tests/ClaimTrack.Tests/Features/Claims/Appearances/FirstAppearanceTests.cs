using ClaimTrack.Web.Features.Claims;
using static ClaimTrack.Tests.Features.Claims.Appearances.AppearanceScenario;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Claims.Appearances;

/// <summary>Which appearance the claim calls the first, after each kind of change.</summary>
public sealed class FirstAppearanceTests
{
    private static string? First(Claim claim) => claim.Appearances.Single(a => a.IsFirst).Outlet;

    [Fact]
    public void A_later_appearance_leaves_the_registered_one_first()
    {
        First(Given(Registered(), RadioLater())).ShouldBe("Evening News");
    }

    [Fact]
    public void An_older_appearance_recorded_later_becomes_the_first()
    {
        var claim = Given(Registered(), RadioLater(), PaperEarlier());

        First(claim).ShouldBe("The Daily Paper");
        claim.FirstAppearance!.Id.ShouldBe(PaperId);
        // Listed in the order they were recorded; only the mark moves.
        claim.Appearances.Select(a => a.Outlet).ShouldBe(["Evening News", "Radio Uno", "The Daily Paper"]);
    }

    [Fact]
    public void The_flag_an_event_carries_is_not_read_back()
    {
        var radio = RadioLater();
        var saysFirst = radio with { Appearance = radio.Appearance with { IsFirst = true } };

        First(Given(Registered(), saysFirst)).ShouldBe("Evening News");
    }

    [Fact]
    public void A_corrected_date_moves_the_first()
    {
        var radio = Given(Registered(), RadioLater()).Appearances[1];
        var corrected = new AppearanceCorrected(ClaimId, radio, radio with { AppearedOn = new DateOnly(2025, 2, 1) }, "Misdated.", Reporter, Now);

        First(Given(Registered(), RadioLater(), corrected)).ShouldBe("Radio Uno");
    }

    [Fact]
    public void Removing_the_first_makes_the_next_earliest_the_first()
    {
        var paper = Given(Registered(), PaperEarlier()).Appearances[1];

        var claim = Given(Registered(), RadioLater(), PaperEarlier(), new AppearanceRemoved(ClaimId, paper, "Another claim's.", Reporter, Now));

        First(claim).ShouldBe("Evening News");
        claim.Appearances.Count.ShouldBe(2);
    }

    [Fact]
    public void A_marked_appearance_stays_first_until_it_is_removed_or_the_earliest_is_marked()
    {
        var history = new List<object> { Registered(), RadioLater() };
        var radio = Given([.. history]).Appearances[1];
        history.Add(new AppearanceMarkedFirst(ClaimId, radio, "The evening bulletin re-aired the radio interview.", Editor, Now));
        var marked = Given([.. history]);
        First(marked).ShouldBe("Radio Uno");
        marked.MarkedFirstAppearanceId.ShouldBe(RadioId);

        // An even older appearance does not overturn an editor's mark.
        First(Given([.. history, PaperEarlier()])).ShouldBe("Radio Uno");

        var removed = Given([.. history, new AppearanceRemoved(ClaimId, radio, "Duplicate.", Reporter, Now)]);
        (First(removed), removed.MarkedFirstAppearanceId).ShouldBe(("Evening News", null));

        var evening = marked.Appearances[0];
        var back = Given([.. history, new AppearanceMarkedFirst(ClaimId, evening, "Back to the dates.", Editor, Now), PaperEarlier()]);
        // Marking the earliest returns to the rule, so an older appearance found afterwards wins.
        (First(back), back.MarkedFirstAppearanceId).ShouldBe(("The Daily Paper", null));
    }

    [Fact]
    public void Appearance_changes_to_a_published_claim_wait_for_the_next_publication()
    {
        var claim = Given(PublishedHistory());
        var evening = claim.Appearances[0];

        claim.Replay(new AppearanceCorrected(ClaimId, evening, evening with { Note = "Live broadcast." }, "Added the note.", Reporter, Now));

        claim.HasUnpublishedChanges.ShouldBeTrue();
    }

    [Fact]
    public void Appearances_stored_without_an_id_get_the_same_distinct_id_on_every_replay()
    {
        var registered = Registered() with { FirstAppearance = Registered().FirstAppearance with { Id = Guid.Empty } };
        var recorded = Recorded(Guid.Empty, "Radio Uno", new DateOnly(2025, 3, 5));

        var once = Given(registered, recorded).Appearances.Select(a => a.Id).ToList();
        var again = Given(registered, recorded).Appearances.Select(a => a.Id).ToList();

        once.ShouldBe(again);
        once.ShouldNotContain(Guid.Empty);
        once.Distinct().Count().ShouldBe(2);
    }
}
