using System.Security.Cryptography;
using System.Text;
using ClaimTrack.Web.Features.Claims.Archive;
using Microsoft.AspNetCore.Http;

namespace ClaimTrack.IntegrationTests.Features.Archive;

/// <summary>Attaching evidence with an address keeps a copy of it, fetched in the background within the limits.</summary>
public sealed class EvidenceArchiveTests(ArchiveDatabase db) : IClassFixture<ArchiveDatabase>
{
    [Fact]
    public async Task Attached_evidence_is_copied_with_its_hash_type_size_status_and_time()
    {
        const string page = "<html><body><h1>Turnout 71%</h1><p>Below the 1985 figure.</p></body></html>";
        db.Site.Serve("/turnout", "text/html; charset=utf-8", page);

        var (_, evidenceId) = await db.ClaimCitingAsync(db.Site.Url("/turnout").AbsoluteUri, published: false);
        var source = await db.SourceWhenAsync(evidenceId, s => s.Copy is not null, "a copy of the source is kept");

        var bytes = Encoding.UTF8.GetBytes(page);
        source.State.ShouldBe(SourceState.Archived);
        source.Copy!.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        source.Copy.ContentType.ShouldBe("text/html; charset=utf-8");
        source.Copy.Size.ShouldBe(bytes.Length);
        source.Copy.HttpStatus.ShouldBe(200);
        source.Copy.FetchedAt.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-1));
        var stored = await ArchivedCopies.ReadAsync(db.App.Store, evidenceId, default);
        stored!.Body.ShouldBe(bytes);
        stored.Sha256.ShouldBe(source.Copy.Sha256);
    }

    [Fact]
    public async Task A_source_larger_than_the_limit_is_refused_even_without_a_length_header()
    {
        // Written in pieces, so no Content-Length says how big it is: the count as it arrives has to stop it.
        db.Site.Answer("/huge", async http =>
        {
            http.Response.ContentType = "text/plain";
            var piece = new string('x', 1000);
            for (var i = 0; i < 10; i++) { await http.Response.WriteAsync(piece); await http.Response.Body.FlushAsync(); }
        });

        var (_, evidenceId) = await db.ClaimCitingAsync(db.Site.Url("/huge").AbsoluteUri, published: false);
        var source = await db.SourceWhenAsync(evidenceId, s => s.State == SourceState.GaveUp, "the archive gives up on a source too large");

        source.Problem!.ShouldContain("larger than");
        source.FailedTries.ShouldBe(2);
        source.Copy.ShouldBeNull();
        (await ArchivedCopies.ReadAsync(db.App.Store, evidenceId, default)).ShouldBeNull();
    }

    [Fact]
    public async Task A_source_slower_than_the_limit_is_given_up_with_the_reason()
    {
        db.Site.Answer("/slow", async http =>
        {
            await Task.Delay(TimeSpan.FromSeconds(ArchiveDatabase.TimeoutSeconds * 3), http.RequestAborted);
            await http.Response.WriteAsync("too late");
        });

        var (_, evidenceId) = await db.ClaimCitingAsync(db.Site.Url("/slow").AbsoluteUri, published: false);
        var source = await db.SourceWhenAsync(evidenceId, s => s.Problem is not null, "the slow try is recorded");

        source.Problem.ShouldBe($"The address did not answer within {ArchiveDatabase.TimeoutSeconds} seconds.");
        source.Copy.ShouldBeNull();
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/", "not on the public internet")]
    [InlineData("http://10.1.2.3/admin", "not on the public internet")]
    [InlineData("file:///etc/passwd", "Only http and https")]
    public async Task A_redirect_out_of_the_allowed_networks_is_refused_at_that_hop(string target, string refusal)
    {
        var path = $"/moved-{Guid.NewGuid():N}";
        db.Site.Redirect(path, target);

        var (_, evidenceId) = await db.ClaimCitingAsync(db.Site.Url(path).AbsoluteUri, published: false);
        var source = await db.SourceWhenAsync(evidenceId, s => s.Problem is not null, "the redirect is refused");

        source.Problem!.ShouldContain(refusal);
        source.Copy.ShouldBeNull();
    }

    [Fact]
    public async Task Redirects_are_followed_a_few_times_and_no_more()
    {
        db.Site.Redirect("/hop-1", "/hop-2").Redirect("/hop-2", "/final").Serve("/final", "text/plain", "arrived");
        db.Site.Redirect("/loop-1", "/loop-2").Redirect("/loop-2", "/loop-3").Redirect("/loop-3", "/final");

        var (_, followed) = await db.ClaimCitingAsync(db.Site.Url("/hop-1").AbsoluteUri, published: false);
        var (_, tooMany) = await db.ClaimCitingAsync(db.Site.Url("/loop-1").AbsoluteUri, published: false);

        (await db.SourceWhenAsync(followed, s => s.Copy is not null, "two redirects are followed")).Copy!.Size.ShouldBe(7);
        (await db.SourceWhenAsync(tooMany, s => s.Problem is not null, "a third redirect is refused")).Problem.ShouldBe("The address redirected more than 2 times.");
    }
}
