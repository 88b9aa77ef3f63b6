using System.Collections.Concurrent;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Desk;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.Desk;

/// <summary>An editor on node B has a claim open; another saves it through node A: B's desk hears of it.</summary>
public sealed class ClaimChangesAcrossNodesTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    [Fact]
    public async Task A_change_saved_on_node_A_reaches_desk_pages_on_node_B_once_and_in_the_same_words()
    {
        var onA = new ConcurrentQueue<ClaimChange>();
        var onB = new ConcurrentQueue<ClaimChange>();
        var changesA = nodes.A.Services.GetRequiredService<ClaimChanges>();
        var changesB = nodes.B.Services.GetRequiredService<ClaimChanges>();
        changesA.Changed += onA.Enqueue;
        changesB.Changed += onB.Enqueue;
        try
        {
            var story = await new ClaimStories(nodes.A.Writer).RegisterAsync("Desk Node Person");
            await story.AttachEvidenceAsync();

            await Eventually.HoldsAsync(TimeSpan.FromSeconds(1), () => Task.FromResult(onB.Any(c => c.ClaimId == story.ClaimId && c.Version == story.Version)),
                "node B's desk hears of node A's evidence");
            var heardOnA = onA.Where(c => c.ClaimId == story.ClaimId).ToList();
            var heardOnB = onB.Where(c => c.ClaimId == story.ClaimId).ToList();
            heardOnB.ShouldBe(heardOnA);
            // The saving node raised each notice once, not again when its own message came back over the channel.
            heardOnA.Select(c => c.Version).ShouldBe([1L, 2L]);
            heardOnB.Last().What.ShouldNotBeNullOrWhiteSpace();
        }
        finally
        {
            changesA.Changed -= onA.Enqueue;
            changesB.Changed -= onB.Enqueue;
        }
    }
}
