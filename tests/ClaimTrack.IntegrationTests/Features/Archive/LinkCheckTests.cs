using ClaimTrack.Web.Features.Desk;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.Archive;

/// <summary>The scheduled link check marks sources that changed or vanished, and the desk finds their claims.</summary>
public sealed class LinkCheckTests(ArchiveDatabase db) : IClassFixture<ArchiveDatabase>
{
    [Fact]
    public async Task A_source_whose_content_changed_is_marked_changed_and_its_claim_is_in_the_broken_links_filter()
    {
        var path = $"/changing-{Guid.NewGuid():N}";
        db.Site.Serve(path, "text/plain", "Turnout 71%");
        var (story, evidenceId) = await db.ClaimCitingAsync(db.Site.Url(path).AbsoluteUri, published: false);
        var kept = await db.SourceWhenAsync(evidenceId, s => s.Copy is not null, "a copy is kept");
        var queries = db.App.Services.GetRequiredService<DeskQueries>();
        (await queries.PageAsync(new DeskFilter(BrokenLinks: true), 0, 100, DeskSort.Updated, true, default)).Rows.ShouldNotContain(c => c.Id == story.ClaimId);

        db.Site.Serve(path, "text/plain", "Turnout 68% (revised)");
        var changed = await db.SourceWhenAsync(evidenceId, s => s.ChangedAt is not null, "the check marks the source changed");

        changed.Broken.ShouldBeTrue();
        changed.VanishedAt.ShouldBeNull();
        changed.Copy!.Sha256.ShouldBe(kept.Copy!.Sha256); // the copy as cited is kept
        (await queries.PageAsync(new DeskFilter(BrokenLinks: true), 0, 100, DeskSort.Updated, true, default)).Rows.ShouldContain(c => c.Id == story.ClaimId);
        var listed = await db.App.Services.GetRequiredService<BrokenLinks>().ForDeskAsync(100, default);
        listed.ShouldContain(l => l.EvidenceId == evidenceId && l.ClaimId == story.ClaimId && l.Mark == "source changed");
    }

    [Fact]
    public async Task A_source_that_fails_several_checks_in_a_row_is_marked_vanished_with_the_date()
    {
        var path = $"/vanishing-{Guid.NewGuid():N}";
        db.Site.Serve(path, "text/plain", "Turnout 71%");
        var (_, evidenceId) = await db.ClaimCitingAsync(db.Site.Url(path).AbsoluteUri, published: false);
        await db.SourceWhenAsync(evidenceId, s => s.Copy is not null, "a copy is kept");

        db.Site.Answer(path, http => { http.Response.StatusCode = StatusCodes.Status404NotFound; return Task.CompletedTask; });
        var gone = await db.SourceWhenAsync(evidenceId, s => s.VanishedAt is not null, "the checks mark the source vanished");

        gone.CheckFailures.ShouldBeGreaterThanOrEqualTo(2);
        gone.Problem.ShouldBe("The address answered 404 Not Found.");
        gone.Broken.ShouldBeTrue();
        var listed = await db.App.Services.GetRequiredService<BrokenLinks>().ForDeskAsync(100, default);
        listed.ShouldContain(l => l.EvidenceId == evidenceId && l.Mark == "link broken");
    }
}
