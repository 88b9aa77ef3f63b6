using System.Net;
using System.Security.Claims;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Desk;
using ClaimTrack.Web.Features.Desk.Notes;
using ClaimTrack.Web.Features.Desk.Notifications;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.Desk.Notes;

/// <summary>Issue 17: a claim's internal notes reach the desk and the people they mention, and no reader ever.</summary>
public sealed class NotesTests(TestCluster cluster) : IAsyncLifetime
{
    private ClaimTrackApp _app = null!;
    private NoteActions Notes => _app.Services.GetRequiredService<NoteActions>();
    private NotificationInbox Inbox => _app.Services.GetRequiredService<NotificationInbox>();

    public async ValueTask InitializeAsync() => _app = await ClaimTrackApp.StartAsync(cluster, "notes");

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<string> HandleOfAsync(ClaimsPrincipal person) =>
        (await Notes.DeskAsync(default)).Single(p => p.UserId == DeskStaff.IdOf(person)).Handle;

    [Fact]
    public async Task A_note_is_on_the_desk_and_in_the_history_but_on_no_reader_page_feed_api_or_export()
    {
        var rosa = await DeskStaff.NewAsync(_app, DeskRoles.Reporter, "Rosa Notes");
        var amir = await DeskStaff.NewAsync(_app, DeskRoles.Editor, "Amir Notes");
        const string Secret = "quokkasecretword";
        var story = new ClaimStories(_app.Writer) { Statement = "Turnout was the highest in forty years, a quokka said." };
        await story.RegisterAsync("Notes Person", "elections");
        await Notes.AddAsync(rosa, story.ClaimId, new AddNote(Guid.NewGuid(), $"Source is shaky: **{Secret}** — @{await HandleOfAsync(amir)} please check."));
        await story.AttachEvidenceAsync();
        await story.ProposeAsync();
        await story.ApproveAsync();
        await story.PublishAsync();
        await _app.Store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));

        var notes = (await Notes.LoadAsync(story.ClaimId, default)).ShouldNotBeNull().Notes;
        notes.ShouldHaveSingleItem().Text.ShouldContain(Secret);
        var history = await _app.Services.GetRequiredService<DeskQueries>().HistoryAsync(story.ClaimId, default);
        history.Select(h => h.What).ShouldContain(w => w.StartsWith("Rosa Notes added a note mentioning Amir Notes", StringComparison.Ordinal));
        // The claim's own version did not move: a note never makes an editor's open save a conflict.
        (await _app.Services.GetRequiredService<DeskQueries>().ClaimAsync(story.ClaimId, default))!.Version.ShouldBe(story.Version);

        using var reader = new Reader(_app);
        string[] paths =
        [
            Reader.ClaimPath(story), "/", "/search?q=quokka", "/feeds/verdicts.rss", "/feeds/verdicts.atom", $"/feeds/claims/{story.ClaimId}.rss",
            "/feeds/topics/elections.rss", "/feeds/claimreview.jsonld", "/api/v1/claims", $"/api/v1/claims/{story.ClaimId}",
            "/export/claims.csv", "/export/claims.jsonl", "/sitemap.xml", "/corrections",
        ];
        foreach (var path in paths)
        {
            var (response, body) = await reader.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
            body.ShouldNotContain(Secret, Case.Insensitive, path);
        }
        // The pages did show the claim: the word is missing because notes are not there, not because the page was empty.
        (await reader.PageAsync(Reader.ClaimPath(story))).ShouldContain("quokka said");
    }

    [Fact]
    public async Task A_mention_notifies_the_person_named_and_nobody_else_and_marking_it_read_clears_the_count()
    {
        var rosa = await DeskStaff.NewAsync(_app, DeskRoles.Reporter, "Rosa Mention");
        var amir = await DeskStaff.NewAsync(_app, DeskRoles.Editor, "Amir Mention");
        var mei = await DeskStaff.NewAsync(_app, DeskRoles.Editor, "Mei Mention");
        var story = await new ClaimStories(_app.Writer).RegisterAsync("Mention Person");

        await Notes.AddAsync(rosa, story.ClaimId, new AddNote(Guid.NewGuid(), $"@{await HandleOfAsync(amir)} can you call the council?"));

        (await Inbox.UnreadCountAsync(amir, default)).ShouldBe(1);
        (await Inbox.UnreadCountAsync(mei, default)).ShouldBe(0);
        (await Inbox.UnreadCountAsync(rosa, default)).ShouldBe(0);
        var notification = (await Inbox.LatestAsync(amir, default)).ShouldHaveSingleItem();
        (notification.Kind, notification.ClaimId, notification.What).ShouldBe(
            (NotificationKind.Mention, story.ClaimId, "Rosa Mention mentioned you in a note: “@" + await HandleOfAsync(amir) + " can you call the council?”"));

        // Mei cannot mark Amir's notification read: the inbox only ever touches the signed-in person's own.
        await Inbox.MarkReadAsync(mei, [notification.Id]);
        (await Inbox.UnreadCountAsync(amir, default)).ShouldBe(1);
        await Inbox.MarkReadAsync(amir, [notification.Id]);
        (await Inbox.UnreadCountAsync(amir, default)).ShouldBe(0);
    }

    [Fact]
    public async Task A_proposal_asks_the_editors_for_review_and_a_send_back_tells_the_reporter()
    {
        var rosa = await DeskStaff.NewAsync(_app, DeskRoles.Reporter, "Rosa Review");
        var amir = await DeskStaff.NewAsync(_app, DeskRoles.Editor, "Amir Review");
        var actions = _app.Services.GetRequiredService<DeskActions>();
        var story = new ClaimStories(_app.Writer) { Start = DateTimeOffset.UtcNow };
        await story.RegisterAsync("Review Person");
        await story.AttachEvidenceAsync();
        var verdict = Guid.NewGuid();

        await actions.RunAsync(rosa, Guid.NewGuid(), story.ClaimId, story.Version,
            new ClaimTrack.Web.Features.Claims.Verdicts.ProposeVerdict(verdict, "false", "Not a record.", "The figures say 71%.", null));

        (await Inbox.LatestAsync(amir, default)).ShouldContain(n => n.Kind == NotificationKind.ReviewRequested && n.ClaimId == story.ClaimId);
        (await Inbox.UnreadCountAsync(rosa, default)).ShouldBe(0);

        await actions.RunAsync(amir, Guid.NewGuid(), story.ClaimId, story.Version + 1,
            new ClaimTrack.Web.Features.Claims.Verdicts.SendBackVerdict(verdict, "Cite the council's table."));

        (await Inbox.LatestAsync(rosa, default)).ShouldHaveSingleItem().What.ShouldBe("Amir Review sent your verdict back: “Cite the council's table.”");
    }

    [Fact]
    public async Task Bad_notes_are_refused_with_the_fields_message_and_nothing_is_stored()
    {
        var rosa = await DeskStaff.NewAsync(_app, DeskRoles.Reporter, "Rosa Refused");
        var story = await new ClaimStories(_app.Writer).RegisterAsync("Refused Person");

        var outcome = await DeskOutcome.Of(() => Notes.AddAsync(rosa, story.ClaimId, new AddNote(Guid.NewGuid(), "@nobody-here look")));
        var tooLong = await DeskOutcome.Of(() => Notes.AddAsync(rosa, story.ClaimId, new AddNote(Guid.NewGuid(), new string('x', NoteDecisions.MaxLength + 1))));
        var nul = await DeskOutcome.Of(() => Notes.AddAsync(rosa, story.ClaimId, new AddNote(Guid.NewGuid(), "pasted \0 from a PDF")));
        var noClaim = await DeskOutcome.Of(() => Notes.AddAsync(rosa, Guid.NewGuid(), new AddNote(Guid.NewGuid(), "Hello.")));

        outcome.Kind.ShouldBe(DeskOutcomeKind.Invalid);
        outcome.Errors[NoteDecisions.Field].ShouldHaveSingleItem().ShouldContain("@nobody-here");
        tooLong.Errors[NoteDecisions.Field].ShouldHaveSingleItem().ShouldContain("at most 4,000 characters");
        nul.Errors[NoteDecisions.Field].ShouldHaveSingleItem().ShouldContain("control characters");
        noClaim.Kind.ShouldBe(DeskOutcomeKind.Refused);
        (await Notes.LoadAsync(story.ClaimId, default)).ShouldBeNull();
    }

    [Fact]
    public async Task The_author_edits_within_the_window_and_another_person_cannot()
    {
        var rosa = await DeskStaff.NewAsync(_app, DeskRoles.Reporter, "Rosa Edit");
        var amir = await DeskStaff.NewAsync(_app, DeskRoles.Editor, "Amir Edit");
        var story = await new ClaimStories(_app.Writer).RegisterAsync("Edit Person");
        var id = Guid.NewGuid();
        await Notes.AddAsync(rosa, story.ClaimId, new AddNote(id, "Frist draft."));

        var byAmir = await DeskOutcome.Of(() => Notes.EditAsync(amir, story.ClaimId, new EditNote(id, "Amir's words.")));
        await Notes.EditAsync(rosa, story.ClaimId, new EditNote(id, "First draft."));
        await Notes.AddAsync(rosa, story.ClaimId, new AddNote(id, "Frist draft.")); // a retry of the first save: nothing new

        byAmir.Kind.ShouldBe(DeskOutcomeKind.Refused);
        var note = (await Notes.LoadAsync(story.ClaimId, default))!.Notes.ShouldHaveSingleItem();
        (note.Text, note.EditedAt is not null).ShouldBe(("First draft.", true));
        var history = await _app.Services.GetRequiredService<DeskQueries>().HistoryAsync(story.ClaimId, default);
        history.Count(h => h.What.Contains("a note", StringComparison.Ordinal)).ShouldBe(2);
        await using var session = _app.Store.QuerySession();
        (await session.Events.FetchStreamAsync(ClaimNotes.StreamFor(story.ClaimId))).Count.ShouldBe(2);
    }
}
