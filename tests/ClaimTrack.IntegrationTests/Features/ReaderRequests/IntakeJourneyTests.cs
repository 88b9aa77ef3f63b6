using System.Net;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims.Timeline;
using ClaimTrack.Web.Features.Desk;
using ClaimTrack.Web.Features.Public;
using ClaimTrack.Web.Features.ReaderRequests;
using ClaimTrack.Web.Features.ReaderRequests.Desk;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.ReaderRequests;

/// <summary>
/// The two journeys of issue 16 through the app's own writer and desk actions (the browser journeys are not built):
/// a reader's tip becomes a published claim the status page links to; a correction request is answered and linked to
/// the correction it caused, which the status page and /corrections both show.
/// </summary>
public sealed class IntakeJourneyTests(ReaderFormsDatabase db) : IClassFixture<ReaderFormsDatabase>, IDisposable
{
    private readonly ReaderFormClient _reader = new(db.App);
    private IntakeActions Intake => db.App.Services.GetRequiredService<IntakeActions>();

    private async Task<ReaderRequest> StoredAsync(string text)
    {
        await using var session = db.App.Store.QuerySession();
        return await session.Query<ReaderRequest>().SingleAsync(r => r.Text == text);
    }

    [Fact]
    public async Task A_readers_tip_becomes_a_published_claim_and_the_status_page_links_to_it()
    {
        var said = $"Bus fares doubled in a year {Guid.NewGuid():N}";
        var status = await _reader.SuggestAsync(said, "rider@example.org");
        var reporter = await DeskStaff.NewAsync(db.App, DeskRoles.Reporter, "Rosa Díaz");
        var tip = await StoredAsync(said);
        (await Intake.QueueAsync(reporter, RequestStage.Received, RequestKind.Tip)).ShouldContain(r => r.Id == tip.Id);

        var draft = (await Intake.DraftAsync(reporter, tip.Id)).ShouldNotBeNull();
        draft.ShouldBe(new ClaimLeadDraft(said, "The mayor", "City Radio", null));
        var story = new ClaimStories(db.App.Writer) { Statement = draft.Statement };
        await story.RegisterAsync(draft.Claimant!);
        await Intake.ClaimRegisteredAsync(reporter, tip.Id, story.ClaimId);

        var (_, checking) = await _reader.GetAsync(status);
        checking.ShouldContain("Being looked at");
        checking.ShouldContain("once it is published");
        checking.ShouldNotContain(story.ClaimId.ToString());

        await story.AttachEvidenceAsync();
        await story.ProposeAsync();
        await story.ApproveAsync();
        await story.PublishAsync();

        var (_, published) = await _reader.GetAsync(status);
        published.ShouldContain($"href=\"{Reader.ClaimPath(story)}\"");
        published.ShouldNotContain("rider@example.org");
        (await StoredAsync(said)).Steps.Select(s => s.What).ShouldBe(["received the tip", "turned it into a claim"]);
        await Should.ThrowAsync<Exception>(() => Intake.ClaimRegisteredAsync(reporter, tip.Id, Guid.NewGuid()));
    }

    [Fact]
    public async Task A_correction_request_is_answered_linked_to_its_correction_and_shown_on_the_status_page_and_corrections()
    {
        var story = await new ClaimStories(db.App.Writer) { Statement = $"Turnout was the highest in forty years {Guid.NewGuid():N}" }.PublishedAsync("Ana Ruiz");
        var claimPage = await new Reader(db.App).PageAsync(Reader.ClaimPath(story));
        claimPage.ShouldContain($"href=\"{ReaderIntakePaths.CorrectionRequest(story.ClaimId)}\"");
        claimPage.ShouldContain($"href=\"{ReaderIntakePaths.Policy}\"");

        var problem = $"The 1985 figure is 69%, not 75% {Guid.NewGuid():N}";
        var (sent, _) = await _reader.PostAsync(ReaderIntakePaths.CorrectionRequest(story.ClaimId), new Dictionary<string, string> { [ReaderForms.Problem] = problem });
        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var status = sent.Headers.Location!.OriginalString;

        var editor = await DeskStaff.NewAsync(db.App, DeskRoles.Editor, "Amir Haddad");
        var request = await StoredAsync(problem);
        request = await Intake.AssignToMeAsync(editor, request);
        request = await Intake.ReplyAsync(editor, request, "You are right: we are correcting the 1985 figure.");
        await story.CorrectAsync("Turnout was high, but not a forty-year record.", "The 1985 turnout was **69%**.", "Corrected the 1985 turnout figure.");
        var correction = (await Intake.CorrectionsOfAsync(editor, story.ClaimId)).Single(u => u.Kind == TimelineEntryKind.Correction);
        request = await Intake.LinkCorrectionAsync(editor, request, correction.Id);

        var (page, body) = await _reader.GetAsync(status);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        body.ShouldContain("Answered");
        body.ShouldContain("You are right: we are correcting the 1985 figure.");
        body.ShouldContain($"href=\"{PublicPaths.Update(correction)}\"");
        (await new Reader(db.App).PageAsync("/corrections")).ShouldContain("Corrected the 1985 turnout figure.");
        request.Steps.Select(s => s.What).ShouldBe(["received the correction request", "assigned it to Amir Haddad", "replied", "linked the correction it led to"]);
        (await Intake.CountsAsync(editor)).Answered.ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task Replying_linking_and_closing_are_an_editors_and_reading_the_queue_needs_an_account()
    {
        var said = $"Roles {Guid.NewGuid():N}";
        await _reader.SuggestAsync(said);
        var reporter = await DeskStaff.NewAsync(db.App, DeskRoles.Reporter);
        var request = await Intake.AssignToMeAsync(reporter, await StoredAsync(said));
        var editor = await DeskStaff.NewAsync(db.App, DeskRoles.Editor, "Mei Tanaka");
        (await Intake.ColleaguesAsync(reporter)).ShouldContain(p => p.Name == "Mei Tanaka");
        request = await Intake.AssignAsync(reporter, request, DeskStaff.IdOf(editor));
        request.AssignedTo!.Name.ShouldBe("Mei Tanaka");
        await Should.ThrowAsync<Web.Features.Claims.ClaimRuleBroken>(() => Intake.AssignAsync(reporter, request, "nobody-at-all"));

        await Should.ThrowAsync<DeskActionForbidden>(() => Intake.ReplyAsync(reporter, request, "Thanks"));
        await Should.ThrowAsync<DeskActionForbidden>(() => Intake.CloseAsync(reporter, request, "Spam"));
        await Should.ThrowAsync<DeskActionForbidden>(() => Intake.LinkCorrectionAsync(reporter, request, Guid.NewGuid()));
        await Should.ThrowAsync<DeskActionForbidden>(() => Intake.QueueAsync(new System.Security.Claims.ClaimsPrincipal(), null, null));
        (await StoredAsync(said)).Steps.Count.ShouldBe(3);
    }

    [Fact]
    public async Task A_tip_is_shown_the_existing_claim_that_says_the_same()
    {
        var story = await new ClaimStories(db.App.Writer) { Statement = $"The harbour tunnel cost four billion pesos {Guid.NewGuid():N}" }.PublishedAsync("Ana Ruiz");
        var lookup = db.App.Services.GetRequiredService<ISimilarClaimLookup>();

        var found = await lookup.FindAsync(story.Statement, CancellationToken.None);

        found.ShouldContain(c => c.ClaimId == story.ClaimId && c.Status == "Published");
    }

    [Fact]
    public async Task The_queue_counts_follow_each_request_through_its_stages()
    {
        var editor = await DeskStaff.NewAsync(db.App, DeskRoles.Editor);
        var before = await Intake.CountsAsync(editor);
        var said = $"Counted {Guid.NewGuid():N}";
        await _reader.SuggestAsync(said);

        var received = await Intake.CountsAsync(editor);
        (received.Received, received.Tips).ShouldBe((before.Received + 1, before.Tips + 1));
        await Intake.CloseAsync(editor, await StoredAsync(said), "A duplicate of an earlier tip.");
        var closed = await Intake.CountsAsync(editor);

        (closed.Received, closed.Closed, closed.Tips).ShouldBe((before.Received, before.Closed + 1, before.Tips));
        (await Intake.QueueAsync(editor, null, null)).ShouldNotContain(r => r.Text == said);
        (await Intake.QueueAsync(editor, RequestStage.Closed, RequestKind.Tip)).ShouldContain(r => r.Text == said);
    }

    [Fact]
    public async Task A_step_on_a_request_someone_else_changed_meanwhile_is_refused_not_overwritten()
    {
        var said = $"Stale {Guid.NewGuid():N}";
        var status = await _reader.SuggestAsync(said);
        var editor = await DeskStaff.NewAsync(db.App, DeskRoles.Editor);
        var seen = await StoredAsync(said);
        await Intake.ReplyAsync(editor, seen, "First reply");

        await Should.ThrowAsync<Web.Features.Claims.ClaimRuleBroken>(() => Intake.CloseAsync(editor, seen, "Closing on an old view"));
        var closed = await Intake.CloseAsync(editor, await StoredAsync(said), "Not a factual claim.");

        closed.Stage.ShouldBe(RequestStage.Closed);
        (await _reader.GetAsync(status)).Body.ShouldContain("Closed: Not a factual claim.");
    }

    [Fact]
    public async Task The_correction_form_exists_only_for_published_claims_and_its_stamp_fits_only_its_own_claim()
    {
        (await _reader.GetAsync(ReaderIntakePaths.CorrectionRequest(Guid.NewGuid()))).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var a = await new ClaimStories(db.App.Writer) { Statement = $"Claim A {Guid.NewGuid():N}" }.PublishedAsync("Ana Ruiz");
        var b = await new ClaimStories(db.App.Writer) { Statement = $"Claim B {Guid.NewGuid():N}" }.PublishedAsync("Ana Ruiz");
        var stampOfA = await _reader.StampAsync(ReaderIntakePaths.CorrectionRequest(a.ClaimId));

        var (onB, body) = await _reader.PostAsync(ReaderIntakePaths.CorrectionRequest(b.ClaimId), new Dictionary<string, string> { [ReaderForms.Problem] = "Wrong" }, stampOfA);
        var (onTip, _) = await _reader.PostAsync(ReaderIntakePaths.Suggest, new Dictionary<string, string> { [ReaderForms.Said] = "x", [ReaderForms.SaidBy] = "y" }, stampOfA);

        onB.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        body.ShouldContain("could not be checked");
        onTip.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_corrections_policy_is_linked_from_corrections_and_rendered_from_its_setting()
    {
        (await new Reader(db.App).PageAsync("/corrections")).ShouldContain($"href=\"{ReaderIntakePaths.Policy}\"");

        var policy = await new Reader(db.App).PageAsync(ReaderIntakePaths.Policy);

        policy.ShouldContain("<h2>Where to escalate</h2>");
        policy.ShouldContain("International Fact-Checking Network");
    }

    public void Dispose() => _reader.Dispose();
}
