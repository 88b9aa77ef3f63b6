using System.Security.Claims;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Desk.Notes;
using ClaimTrack.Web.Features.Desk.Notifications;
using ClaimTrack.Web.Features.Desk.Notifications.Email;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.Desk.Notes;

/// <summary>Issue 17: a mention reaches the person's mailbox through the newsroom's SMTP server, here one the test starts.</summary>
public sealed class NotificationEmailTests(TestCluster cluster)
{
    private static Dictionary<string, string> Settings(int port) => new()
    {
        ["ClaimTrack:Email:Host"] = "127.0.0.1",
        ["ClaimTrack:Email:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["ClaimTrack:Email:From"] = "desk@newsroom.test",
        // A receiver on loopback without a certificate; a real server gets the default, StartTls.
        ["ClaimTrack:Email:Tls"] = "None",
        ["ClaimTrack:Email:FirstRetrySeconds"] = "0.2",
        ["ClaimTrack:Email:PollSeconds"] = "0.2",
    };

    private static async Task<string> HandleAsync(ClaimTrackApp app, ClaimsPrincipal person) =>
        (await app.Services.GetRequiredService<NoteActions>().DeskAsync(default)).Single(p => p.UserId == DeskStaff.IdOf(person)).Handle;

    [Fact]
    public async Task A_mention_is_mailed_to_the_person_named_only_and_not_to_one_who_turned_email_off()
    {
        await using var smtp = await SmtpReceiver.StartAsync();
        await using var app = await ClaimTrackApp.StartAsync(cluster, "email", settings: Settings(smtp.Port));
        var rosa = await DeskStaff.NewAsync(app, DeskRoles.Reporter, "Rosa Mail");
        var amir = await DeskStaff.NewAsync(app, DeskRoles.Editor, "Amir Mail");
        var mei = await DeskStaff.NewAsync(app, DeskRoles.Editor, "Mei Mail");
        await app.Services.GetRequiredService<NotificationInbox>().SetEmailAsync(mei, on: false);
        var story = await new ClaimStories(app.Writer).RegisterAsync("Mail Person");

        await app.Services.GetRequiredService<NoteActions>().AddAsync(rosa, story.ClaimId,
            new AddNote(Guid.NewGuid(), $"@{await HandleAsync(app, amir)} and @{await HandleAsync(app, mei)}: the council's table, please."));

        await Eventually.HoldsAsync(TimeSpan.FromSeconds(20), () => Task.FromResult(smtp.Messages().Count > 0), "the receiver gets the mail", TimeSpan.FromMilliseconds(100));
        var amirAddress = (await app.Services.GetRequiredService<NoteActions>().DeskAsync(default)).Single(p => p.UserId == DeskStaff.IdOf(amir)).Email!;
        var mail = smtp.Messages().ShouldHaveSingleItem();
        mail.ShouldContain($"X-RcptTo: {amirAddress}");
        mail.ShouldContain("From: desk@newsroom.test");
        mail.ShouldContain("Rosa Mail mentioned you in a note");
        mail.ShouldContain($"/desk/claims/{story.ClaimId}");
        await using var session = app.Store.QuerySession();
        var stored = (await session.Query<NotificationEmail>().ToListAsync()).ShouldHaveSingleItem();
        await Eventually.HoldsAsync(TimeSpan.FromSeconds(10), async () =>
            (await session.LoadAsync<NotificationEmail>(stored.Id))?.State == EmailState.Sent, "the outbox records it sent", TimeSpan.FromMilliseconds(100));
        // Mei turned email off: her notification is on the desk, and no mail went to her.
        (await app.Services.GetRequiredService<NotificationInbox>().UnreadCountAsync(mei, default)).ShouldBe(1);
    }

    [Fact]
    public async Task Each_person_gets_the_mail_in_their_own_desk_language_whatever_the_writers()
    {
        await using var smtp = await SmtpReceiver.StartAsync();
        await using var app = await ClaimTrackApp.StartAsync(cluster, "email_es", settings: Settings(smtp.Port));
        var rosa = await DeskStaff.NewAsync(app, DeskRoles.Reporter, "Rosa Idioma");
        var amir = await DeskStaff.NewAsync(app, DeskRoles.Editor, "Amir Idioma");
        var mei = await DeskStaff.NewAsync(app, DeskRoles.Editor, "Mei Language");
        await using (var edit = app.Store.LightweightSession())
        {
            var user = (await edit.LoadAsync<DeskUser>(DeskStaff.IdOf(amir)))!;
            user.Language = "es";
            edit.Store(user);
            await edit.SaveChangesAsync();
        }
        var story = await new ClaimStories(app.Writer).RegisterAsync("Idioma Person");
        var saversCulture = System.Globalization.CultureInfo.CurrentUICulture;

        await app.Services.GetRequiredService<NoteActions>().AddAsync(rosa, story.ClaimId,
            new AddNote(Guid.NewGuid(), $"@{await HandleAsync(app, amir)} @{await HandleAsync(app, mei)} la tabla del consejo"));

        System.Globalization.CultureInfo.CurrentUICulture.ShouldBe(saversCulture);
        var desk = await app.Services.GetRequiredService<NoteActions>().DeskAsync(default);
        await using var session = app.Store.QuerySession();
        var mails = await session.Query<NotificationEmail>().ToListAsync();
        var spanish = mails.Single(m => m.To == desk.Single(p => p.UserId == DeskStaff.IdOf(amir)).Email);
        spanish.Subject.ShouldStartWith("[ClaimTrack] Rosa Idioma le mencionó en una nota: “@");
        spanish.Body.ShouldContain("Afirmación: Turnout was the highest in forty years.");
        spanish.Body.ShouldContain($"Ábrala en la redacción: http");
        spanish.Body.ShouldContain("página de notificaciones");
        var english = mails.Single(m => m.To == desk.Single(p => p.UserId == DeskStaff.IdOf(mei)).Email);
        english.Subject.ShouldContain("Rosa Idioma mentioned you in a note");
        english.Body.ShouldContain("Claim: Turnout was the highest in forty years.");
        english.Body.ShouldContain("Turn these emails off on the desk's notifications page.");
        await Eventually.HoldsAsync(TimeSpan.FromSeconds(20), () => Task.FromResult(smtp.Messages().Count == 2), "both mails arrive", TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public async Task A_mail_server_that_is_away_gets_the_mail_once_it_is_back()
    {
        var port = 0;
        await using (var first = await SmtpReceiver.StartAsync()) port = first.Port; // a port nobody listens on now
        await using var app = await ClaimTrackApp.StartAsync(cluster, "email_retry", settings: Settings(port));
        var rosa = await DeskStaff.NewAsync(app, DeskRoles.Reporter, "Rosa Retry");
        var amir = await DeskStaff.NewAsync(app, DeskRoles.Editor, "Amir Retry");
        var story = await new ClaimStories(app.Writer).RegisterAsync("Retry Person");
        await app.Services.GetRequiredService<NoteActions>().AddAsync(rosa, story.ClaimId, new AddNote(Guid.NewGuid(), $"@{await HandleAsync(app, amir)} ping"));
        await using var session = app.Store.QuerySession();
        await Eventually.HoldsAsync(TimeSpan.FromSeconds(20), async () =>
            (await session.Query<NotificationEmail>().ToListAsync()).Any(m => m.Tries >= 1 && m.State == EmailState.Pending && m.LastError != null),
            "a failed try is recorded and the mail waits for the next", TimeSpan.FromMilliseconds(100));

        await using var back = await SmtpReceiver.StartAt(port);

        await Eventually.HoldsAsync(TimeSpan.FromSeconds(30), () => Task.FromResult(back.Messages().Count == 1), "the mail arrives once the server is back", TimeSpan.FromMilliseconds(100));
        back.Messages().Single().ShouldContain("Rosa Retry mentioned you in a note");
    }
}
