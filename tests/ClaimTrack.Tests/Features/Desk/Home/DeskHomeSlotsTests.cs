using System.Security.Claims;
using ClaimTrack.Web.Features.Desk.Home;

namespace ClaimTrack.Tests.Features.Desk.Home;

public sealed class DeskHomeSlotsTests
{
    private sealed class Section(string slot) : IDeskHomeSection
    {
        public string Slot => slot;
        public Task<DeskHomeSection?> ForAsync(ClaimsPrincipal person, CancellationToken ct) => Task.FromResult<DeskHomeSection?>(null);
    }

    [Fact]
    public void The_kept_slots_come_first_and_an_unfilled_one_stays_to_say_so()
    {
        var tips = new Section(DeskHomeSlots.ReaderTips);
        var other = new Section("webhooks-failing");

        var arranged = DeskHomeSlots.Arrange([other, tips, new Section(DeskHomeSlots.ReaderTips)]);

        arranged.Select(a => a.Slot).ShouldBe([DeskHomeSlots.ReaderTips, DeskHomeSlots.BrokenLinks, "webhooks-failing"]);
        arranged[0].Source.ShouldBeSameAs(tips);
        arranged[1].Source.ShouldBeNull();
        arranged[1].WhenEmpty.ShouldContain("No link check runs on this desk");
        arranged[2].Source.ShouldBeSameAs(other);
    }
}
