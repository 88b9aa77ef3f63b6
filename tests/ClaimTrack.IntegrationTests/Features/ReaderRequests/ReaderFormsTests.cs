using System.Net;
using ClaimTrack.Web.Features.ReaderRequests;
using Marten;

namespace ClaimTrack.IntegrationTests.Features.ReaderRequests;

/// <summary>The reader forms' spam rules, each with its clear message and nothing stored: honeypot, stamp, sizes, rate.</summary>
public sealed class ReaderFormsTests(ReaderFormsDatabase db) : IClassFixture<ReaderFormsDatabase>, IDisposable
{
    private readonly ReaderFormClient _reader = new(db.App);

    private async Task<int> StoredWithAsync(string words)
    {
        await using var session = db.App.Store.QuerySession();
        return await session.Query<ReaderRequest>().CountAsync(r => r.Text == words);
    }

    private static Dictionary<string, string> Tip(string said) => new() { [ReaderForms.Said] = said, [ReaderForms.SaidBy] = "The mayor" };

    [Fact]
    public async Task The_form_page_sends_no_cookie_is_not_cached_and_carries_a_stamp_and_a_honeypot()
    {
        var (response, body) = await _reader.GetAsync(ReaderIntakePaths.Suggest);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("form-action 'self'");
        body.ShouldContain("name=\"stamp\"");
        body.ShouldContain($"name=\"{ReaderForms.Honeypot}\"");
        (await _reader.StampAsync(ReaderIntakePaths.Suggest)).ShouldNotBe(await _reader.StampAsync(ReaderIntakePaths.Suggest));
    }

    [Fact]
    public async Task A_tip_that_passes_every_rule_is_stored_and_the_reader_is_sent_to_its_status_page()
    {
        var said = $"Crime fell by half {Guid.NewGuid():N}";

        var status = await _reader.SuggestAsync(said, "reader@example.org");

        status.ShouldStartWith("/requests/");
        (await StoredWithAsync(said)).ShouldBe(1);
        var (page, body) = await _reader.GetAsync(status);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        body.ShouldContain(said);
        body.ShouldContain("Received");
    }

    [Fact]
    public async Task A_filled_honeypot_is_refused_with_a_sentence_and_nothing_is_stored()
    {
        var said = $"Honeypot {Guid.NewGuid():N}";
        var fields = Tip(said);
        fields[ReaderForms.Honeypot] = "https://spam.example";

        var (response, body) = await _reader.PostAsync(ReaderIntakePaths.Suggest, fields);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        body.ShouldContain("Leave this empty");
        (await StoredWithAsync(said)).ShouldBe(0);
    }

    [Fact]
    public async Task A_text_over_its_limit_comes_back_at_its_field_with_the_readers_words_kept()
    {
        var said = $"Long {Guid.NewGuid():N} " + new string('x', ReaderForms.SaidLimit);

        var (response, body) = await _reader.PostAsync(ReaderIntakePaths.Suggest, Tip(said));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
        body.ShouldContain("At most 2,000 characters, please");
        body.ShouldContain("aria-invalid=\"true\"");
        body.ShouldContain(said[..40]);
        (await StoredWithAsync(said)).ShouldBe(0);
    }

    [Fact]
    public async Task A_body_far_over_every_limit_is_a_400_with_a_sentence_never_a_500()
    {
        var (response, body) = await _reader.PostAsync(ReaderIntakePaths.Suggest, Tip(new string('x', 100_000)));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        body.ShouldContain("far too long");
    }

    [Fact]
    public async Task A_missing_or_forged_stamp_is_refused()
    {
        var said = $"Stamp {Guid.NewGuid():N}";
        foreach (var stamp in new[] { "", "not-a-stamp", "CfDJ8" + new string('A', 80) })
        {
            var (response, body) = await _reader.PostAsync(ReaderIntakePaths.Suggest, Tip(said), stamp);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            body.ShouldContain("could not be checked");
        }
        (await StoredWithAsync(said)).ShouldBe(0);
    }

    [Fact]
    public async Task Missing_fields_are_named_and_a_bad_email_or_link_is_explained()
    {
        var (response, body) = await _reader.PostAsync(ReaderIntakePaths.Suggest, new Dictionary<string, string>
        {
            [ReaderForms.Link] = "ftp://example.org/x",
            [ReaderForms.Email] = "nobody",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        body.ShouldContain("Tell us what was said.");
        body.ShouldContain("Tell us who said it.");
        body.ShouldContain("starting with https://");
        body.ShouldContain("does not look like an email address");
    }

    [Fact]
    public async Task Posts_past_the_limit_per_address_get_429_and_other_addresses_are_still_heard()
    {
        _reader.Address = "203.0.113.77";
        for (var i = 0; i < ReaderFormsDatabase.PerAddress; i++) await _reader.SuggestAsync($"Rate {i} {Guid.NewGuid():N}");

        var said = $"Rate refused {Guid.NewGuid():N}";
        var (refused, _) = await _reader.PostAsync(ReaderIntakePaths.Suggest, Tip(said));

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        (await StoredWithAsync(said)).ShouldBe(0);
        // Reading the form is not counted, and another address still gets through.
        (await _reader.GetAsync(ReaderIntakePaths.Suggest)).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        _reader.Address = "203.0.113.78";
        await _reader.SuggestAsync(said);
    }

    public void Dispose() => _reader.Dispose();
}
