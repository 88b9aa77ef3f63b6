using System.Collections.Concurrent;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Desk.Notes;
using ClaimTrack.Web.Features.Desk.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.Desk.Notes;

/// <summary>Issue 17: a mention saved on node A rings the bell of the person named, whose desk is open on node B.</summary>
public sealed class NotificationsAcrossNodesTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    [Fact]
    public async Task A_notification_raised_on_node_A_reaches_the_bell_on_node_B_and_B_counts_it()
    {
        var rosa = await DeskStaff.NewAsync(nodes.A, DeskRoles.Reporter, "Rosa Nodes");
        var amir = await DeskStaff.NewAsync(nodes.A, DeskRoles.Editor, "Amir Nodes");
        var amirId = DeskStaff.IdOf(amir);
        var heardOnB = new ConcurrentQueue<DeskSignal>();
        var signalsB = nodes.B.Services.GetRequiredService<NotificationSignals>();
        signalsB.Raised += heardOnB.Enqueue;
        try
        {
            var story = await new ClaimStories(nodes.A.Writer).RegisterAsync("Nodes Person");
            var notesA = nodes.A.Services.GetRequiredService<NoteActions>();
            var handle = (await notesA.DeskAsync(default)).Single(p => p.UserId == amirId).Handle;

            await notesA.AddAsync(rosa, story.ClaimId, new AddNote(Guid.NewGuid(), $"@{handle} over to you"));

            await Eventually.HoldsAsync(TimeSpan.FromSeconds(2), () => Task.FromResult(heardOnB.Any(s => s.Recipients.Contains(amirId))),
                "node B hears that Amir has a new notification");
            heardOnB.ShouldContain(s => s.NotesOf == story.ClaimId, "and that the claim's notes changed, for a workspace open there");
            heardOnB.ShouldNotContain(s => s.Recipients.Contains(DeskStaff.IdOf(rosa)));
            (await nodes.B.Services.GetRequiredService<NotificationInbox>().UnreadCountAsync(amir, default)).ShouldBe(1);
        }
        finally
        {
            signalsB.Raised -= heardOnB.Enqueue;
        }
    }
}
