using System.Net;
using ClaimTrack.IntegrationTests.Support;
using Microsoft.AspNetCore.Http;

namespace ClaimTrack.IntegrationTests.Features.Archive;

/// <summary>Readers get the kept copy of a published claim's evidence at a stable address, served safely; drafts never.</summary>
public sealed class ArchivedCopyPageTests(ArchiveDatabase db) : IClassFixture<ArchiveDatabase>
{
    private const string Page = "<html><body><script>document.cookie</script><p>Turnout 71%</p></body></html>";

    [Fact]
    public async Task A_published_claims_copy_is_served_sandboxed_with_its_stored_type_and_no_cookie()
    {
        var path = $"/report-{Guid.NewGuid():N}";
        db.Site.Serve(path, "text/html; charset=utf-8", Page);
        var (_, evidenceId) = await db.ClaimCitingAsync(db.Site.Url(path).AbsoluteUri, published: true);
        var source = await db.SourceWhenAsync(evidenceId, s => s.Copy is not null, "a copy is kept");
        using var reader = new Reader(db.App);

        var (response, body) = await reader.GetAsync($"/evidence/{evidenceId}/archive");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        body.ShouldBe(Page);
        response.Content.Headers.ContentType!.ToString().ShouldBe("text/html; charset=utf-8");
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        policy.ShouldStartWith("sandbox;");
        policy.ShouldContain("default-src 'none'");
        policy.ShouldNotContain("allow-scripts");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
        response.Headers.ETag!.Tag.ShouldBe($"\"{source.Copy!.Sha256}\"");

        var (again, _) = await reader.GetAsync($"/evidence/{evidenceId}/archive", r => r.Headers.IfNoneMatch.Add(response.Headers.ETag));
        again.StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task A_type_a_browser_could_run_is_only_a_download()
    {
        var path = $"/image-{Guid.NewGuid():N}.svg";
        db.Site.Serve(path, "image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
        var (_, evidenceId) = await db.ClaimCitingAsync(db.Site.Url(path).AbsoluteUri, published: true);
        await db.SourceWhenAsync(evidenceId, s => s.Copy is not null, "a copy is kept");
        using var reader = new Reader(db.App);

        var (response, _) = await reader.GetAsync($"/evidence/{evidenceId}/archive");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/octet-stream");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
    }

    [Fact]
    public async Task A_drafts_copy_an_unknown_evidence_and_a_malformed_address_are_not_found()
    {
        var path = $"/draft-{Guid.NewGuid():N}";
        db.Site.Serve(path, "text/plain", "not public yet");
        var (_, evidenceId) = await db.ClaimCitingAsync(db.Site.Url(path).AbsoluteUri, published: false);
        await db.SourceWhenAsync(evidenceId, s => s.Copy is not null, "the draft's copy is kept");
        using var reader = new Reader(db.App);

        (await reader.GetAsync($"/evidence/{evidenceId}/archive")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await reader.GetAsync($"/evidence/{Guid.NewGuid()}/archive")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await reader.GetAsync("/evidence/not-an-id/archive")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_claim_page_offers_the_copy_once_it_is_kept_even_when_the_page_was_cached_before()
    {
        var path = $"/late-{Guid.NewGuid():N}";
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // The source holds its answer until the page is cached (within the fetch's time limit; a try that runs out
        // answers 503 and the archive tries again).
        db.Site.Answer(path, async http =>
        {
            try { await release.Task.WaitAsync(TimeSpan.FromSeconds(ArchiveDatabase.TimeoutSeconds * 0.75), http.RequestAborted); }
            catch (TimeoutException) { http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable; return; }
            http.Response.ContentType = "text/plain";
            await http.Response.WriteAsync("figures");
        });
        var (story, evidenceId) = await db.ClaimCitingAsync(db.Site.Url(path).AbsoluteUri, published: true);
        using var reader = new Reader(db.App);
        (await reader.PageAsync(Reader.ClaimPath(story))).ShouldNotContain("archived copy"); // now cached without it

        release.SetResult();
        await db.SourceWhenAsync(evidenceId, s => s.Copy is not null, "a copy is kept");

        await Eventually.HoldsAsync(TimeSpan.FromSeconds(10), async () => (await reader.PageAsync(Reader.ClaimPath(story))).Contains($"href=\"/evidence/{evidenceId}/archive\""),
            "the claim page links the archived copy", every: TimeSpan.FromMilliseconds(100));
        (await reader.PageAsync(Reader.ClaimPath(story))).ShouldContain("archived copy, <time");
    }
}
