using System.Net;
using System.Text;
using System.Text.Json;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Public.OpenData;
using Microsoft.VisualBasic.FileIO;

namespace ClaimTrack.IntegrationTests.Features.Public.OpenData;

/// <summary>/export/claims.csv and .jsonl read back by a researcher's parser; every claim, in batches of two, and no draft.</summary>
public sealed class ExportTests(OpenDataNewsroom newsroom) : IClassFixture<OpenDataNewsroom>, IDisposable
{
    private readonly Reader _reader = new(newsroom.App);

    private async Task<(HttpResponseMessage Response, List<Dictionary<string, string>> Rows)> CsvAsync()
    {
        var (response, body) = await _reader.GetAsync("/export/claims.csv");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        // .NET's own CSV parser, not the code under test, reads the file back.
        using var parser = new TextFieldParser(new StringReader(body)) { HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var names = parser.ReadFields()!;
        var rows = new List<Dictionary<string, string>>();
        while (parser.ReadFields() is { } fields)
        {
            fields.Length.ShouldBe(names.Length);
            rows.Add(names.Zip(fields).ToDictionary(p => p.First, p => p.Second));
        }
        return (response, rows);
    }

    private async Task<List<JsonElement>> JsonLinesAsync()
    {
        var (response, body) = await _reader.GetAsync("/export/claims.jsonl");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        body.ShouldEndWith("\n");
        return [.. body.TrimEnd('\n').Split('\n').Select(line => JsonDocument.Parse(line).RootElement.Clone())];
    }

    [Fact]
    public async Task Five_claims_read_two_at_a_time_all_reach_both_files_with_their_timelines()
    {
        var stories = new List<ClaimStories>();
        for (var i = 0; i < 5; i++) stories.Add(await new ClaimStories(newsroom.App.Writer).PublishedAsync($"Batch Person {i} {Guid.NewGuid():N}"));
        await stories[2].ReviseAsync("mostly-false", "The final count came in.");

        var (_, rows) = await CsvAsync();
        var lines = await JsonLinesAsync();

        foreach (var story in stories)
        {
            lines.Count(l => l.GetProperty("claim_id").GetGuid() == story.ClaimId).ShouldBe(1);
            rows.Count(r => r["claim_id"] == story.ClaimId.ToString() && r["entry_is_latest"] == "true").ShouldBe(1);
        }
        var revised = rows.Where(r => r["claim_id"] == stories[2].ClaimId.ToString()).ToList();
        revised.Select(r => (r["entry_number"], r["entry_kind"], r["entry_rating"], r["rating"]))
            .ShouldBe([("1", "verdict", "False", "Mostly false"), ("2", "revision", "Mostly false", "Mostly false")]);
        revised[1]["entry_reason"].ShouldBe("The final count came in.");
        var line = lines.Single(l => l.GetProperty("claim_id").GetGuid() == stories[2].ClaimId);
        line.GetProperty("timeline").GetArrayLength().ShouldBe(2);
        line.GetProperty("rating").GetString().ShouldBe("Mostly false");
        line.GetProperty("review_url").GetString().ShouldBe($"http://localhost{Reader.ClaimPath(stories[2])}");
        // One line per claim in the database: the batches neither skip nor repeat one.
        lines.Select(l => l.GetProperty("claim_id").GetGuid()).ShouldBeUnique();
        lines.Count.ShouldBe(rows.Count(r => r["entry_is_latest"] == "true"));
    }

    [Fact]
    public async Task Quotes_commas_line_breaks_and_formulas_come_back_as_written_with_formulas_defused()
    {
        var story = new ClaimStories(newsroom.App.Writer)
        {
            Statement = "=HYPERLINK(\"http://evil.example\",\"click\") said, \"twice\",\nthen once more",
        };
        await story.RegisterAsync("@Díaz, Rosa-María", "Turnout", "+Polls");
        await story.AttachEvidenceAsync();
        await story.ProposeAsync();
        await story.ApproveAsync();
        await story.PublishAsync();

        var (response, rows) = await CsvAsync();

        response.Content.Headers.ContentType!.ToString().ShouldBe("text/csv; charset=utf-8; header=present");
        var row = rows.Single(r => r["claim_id"] == story.ClaimId.ToString());
        row["claim_text"].ShouldBe("'" + story.Statement);
        row["claim_author"].ShouldBe("'@Díaz, Rosa-María");
        row["claimant_affiliation"].ShouldBe("Minister of Interior");
        row["topics"].ShouldBe("Turnout | +Polls");
        row["claim_date"].ShouldBe("2025-03-01");
        row["reviewer"].ShouldBe("ClaimTrack");
        var line = (await JsonLinesAsync()).Single(l => l.GetProperty("claim_id").GetGuid() == story.ClaimId);
        line.GetProperty("claim_text").GetString().ShouldBe(story.Statement);
    }

    [Fact]
    public async Task The_files_are_utf_8_without_a_byte_order_mark_and_state_their_licence()
    {
        await new ClaimStories(newsroom.App.Writer).PublishedAsync($"Licence Person {Guid.NewGuid():N}");

        foreach (var path in new[] { "/export/claims.csv", "/export/claims.jsonl", "/export" })
        {
            var (response, _) = await _reader.GetAsync(path);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
            response.Headers.GetValues("Link").Single().ShouldBe($"<{OpenDataNewsroom.LicenceUrl}>; rel=\"license\"", path);
            response.Headers.Contains("Set-Cookie").ShouldBeFalse(path);
            bytes.Take(3).ShouldNotBe(Encoding.UTF8.Preamble.ToArray(), path);
        }
        var index = await _reader.PageAsync("/export");
        index.ShouldContain($"<a rel=\"license\" href=\"{OpenDataNewsroom.LicenceUrl}\">{OpenDataNewsroom.LicenceName}</a>");
        foreach (var column in CsvExport.Columns) index.ShouldContain($"<code>{column.Name}</code>");
        index.ShouldContain("href=\"/export/claims.csv\"");
        index.ShouldContain("href=\"/export/claims.jsonl\"");
    }

    [Fact]
    public async Task Drafts_changes_waiting_for_review_and_retracted_claims_are_never_exported()
    {
        var draft = await new ClaimStories(newsroom.App.Writer).RegisterAsync($"Draft Export Person {Guid.NewGuid():N}");
        await draft.AttachEvidenceAsync();
        await draft.ProposeAsync();
        await draft.ApproveAsync();
        var pending = await new ClaimStories(newsroom.App.Writer).PublishedAsync($"Pending Export Person {Guid.NewGuid():N}");
        await pending.ProposeAsync("true", "Zorblax pending revision reason", Guid.NewGuid());
        await pending.ProposeCorrectionAsync("Quillfeather pending correction.", "Pending reasoning.", "Pending note");
        var retracted = await new ClaimStories(newsroom.App.Writer).PublishedAsync($"Retracted Export Person {Guid.NewGuid():N}");
        await retracted.RetractAsync("The quote was misattributed.");

        foreach (var path in new[] { "/export/claims.csv", "/export/claims.jsonl" })
        {
            var file = await _reader.PageAsync(path);
            file.ShouldContain(pending.ClaimId.ToString(), customMessage: path);
            file.ShouldNotContain(draft.ClaimId.ToString(), customMessage: path);
            file.ShouldNotContain(retracted.ClaimId.ToString(), customMessage: path);
            file.ShouldNotContain("Zorblax", customMessage: path);
            file.ShouldNotContain("Quillfeather", customMessage: path);
        }
    }

    [Fact]
    public async Task A_mirror_that_has_the_file_gets_a_304_until_a_public_change_and_head_reads_nothing()
    {
        await new ClaimStories(newsroom.App.Writer).PublishedAsync($"Mirror Person {Guid.NewGuid():N}");
        var (first, _) = await _reader.GetAsync("/export/claims.csv");
        var etag = first.Headers.ETag!;

        (await _reader.GetAsync("/export/claims.csv", r => r.Headers.IfNoneMatch.Add(etag))).Response.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        var (head, headBody) = await _reader.GetAsync("/export/claims.csv", r => r.Method = HttpMethod.Head);
        (head.StatusCode, head.Headers.ETag, headBody).ShouldBe((HttpStatusCode.OK, etag, ""));

        var draft = await new ClaimStories(newsroom.App.Writer).RegisterAsync($"Unpublished Mirror Person {Guid.NewGuid():N}");
        await draft.AttachEvidenceAsync();
        // The desk's work on a draft changes nothing in the file.
        (await _reader.GetAsync("/export/claims.csv", r => r.Headers.IfNoneMatch.Add(etag))).Response.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        await new ClaimStories(newsroom.App.Writer).PublishedAsync($"Newer Mirror Person {Guid.NewGuid():N}");

        var (after, body) = await _reader.GetAsync("/export/claims.csv", r => r.Headers.IfNoneMatch.Add(etag));
        after.StatusCode.ShouldBe(HttpStatusCode.OK);
        after.Headers.ETag.ShouldNotBe(etag);
        body.ShouldContain("Newer Mirror Person");
    }

    public void Dispose() => _reader.Dispose();
}
