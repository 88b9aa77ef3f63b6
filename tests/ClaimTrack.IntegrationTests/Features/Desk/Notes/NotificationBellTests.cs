using System.Security.Claims;
using Bunit;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Desk.Notes;
using ClaimTrack.Web.Features.Desk.Notifications;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using SecurityClaim = System.Security.Claims.Claim;

namespace ClaimTrack.IntegrationTests.Features.Desk.Notes;

/// <summary>bUnit over the app's own services: the bell counts without a reload when a mention arrives, and after mark-as-read.</summary>
public sealed class NotificationBellTests(ClaimsDatabase db) : BunitContext, IClassFixture<ClaimsDatabase>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_bell_shows_a_new_mention_live_and_clears_when_it_is_read()
    {
        var rosa = await DeskStaff.NewAsync(db.App, DeskRoles.Reporter, "Rosa Bell");
        var amir = await DeskStaff.NewAsync(db.App, DeskRoles.Editor, "Amir Bell");
        Services.AddMudServices();
        Services.AddFallbackServiceProvider(db.App.Services);
        JSInterop.Mode = JSRuntimeMode.Loose;
        var auth = AddAuthorization();
        auth.SetAuthorized("Amir Bell");
        auth.SetClaims(new SecurityClaim(ClaimTypes.NameIdentifier, DeskStaff.IdOf(amir)));
        var bell = Render<NotificationBell>();
        bell.WaitForAssertion(() => bell.Find(".notification-bell").GetAttribute("data-unread").ShouldBe("0"), Patience);

        var notes = db.App.Services.GetRequiredService<NoteActions>();
        var handle = (await notes.DeskAsync(default)).Single(p => p.UserId == DeskStaff.IdOf(amir)).Handle;
        var story = await new ClaimStories(db.App.Writer).RegisterAsync("Bell Person");
        await notes.AddAsync(rosa, story.ClaimId, new AddNote(Guid.NewGuid(), $"@{handle} have a look"));

        bell.WaitForAssertion(() => bell.Find(".notification-bell").GetAttribute("data-unread").ShouldBe("1"), Patience);
        bell.Find("a[aria-label], button[aria-label]").GetAttribute("aria-label").ShouldBe("Notifications: 1 unread");

        await db.App.Services.GetRequiredService<NotificationInbox>().MarkReadAsync(amir);

        bell.WaitForAssertion(() => bell.Find(".notification-bell").GetAttribute("data-unread").ShouldBe("0"), Patience);
    }
}
