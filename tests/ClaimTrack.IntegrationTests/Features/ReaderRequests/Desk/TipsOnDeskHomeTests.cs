using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.ReaderRequests;
using ClaimTrack.Web.Features.ReaderRequests.Desk;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.ReaderRequests.Desk;

public sealed class TipsOnDeskHomeTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>
{
    [Fact]
    public async Task The_home_shows_the_tip_that_just_came_in_even_behind_a_full_queue_of_older_ones()
    {
        // More untouched tips than the triage queue holds, all older than the one a reader just sent.
        var longAgo = DateTimeOffset.UtcNow.AddDays(-30);
        await using (var session = db.App.Store.LightweightSession())
        {
            for (var i = 0; i <= IntakeActions.QueueSize; i++)
            {
                var id = Guid.NewGuid();
                session.Events.StartStream<ReaderRequest>(id, new TipSubmitted(id, StatusToken.Hash(StatusToken.New()),
                    $"An old tip number {i}", "Someone", null, null, null, longAgo.AddMinutes(i)));
            }
            await session.SaveChangesAsync();
        }
        var said = $"The bridge toll tripled overnight {Guid.NewGuid():N}";
        await db.App.Services.GetRequiredService<IntakeWriter>().SubmitTipAsync(new ReaderFields(new Dictionary<string, string?>
        {
            [ReaderForms.Said] = said,
            [ReaderForms.SaidBy] = "A commuter",
        }));
        var reporter = await DeskStaff.NewAsync(db.App, DeskRoles.Reporter);

        var section = (await db.App.Services.GetServices<Web.Features.Desk.Home.IDeskHomeSection>().OfType<TipsOnDeskHome>().Single()
            .ForAsync(reporter, default)).ShouldNotBeNull();

        section.Items.Count.ShouldBe(TipsOnDeskHome.Shown);
        section.Items.Select(i => i.Text).ShouldContain(said);
        section.Items.Select(i => i.Text).ShouldNotContain("An old tip number 0");
    }
}
