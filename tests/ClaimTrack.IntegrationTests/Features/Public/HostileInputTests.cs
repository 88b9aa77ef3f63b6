using System.Net;
using System.Text;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Desk;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.Public;

/// <summary>Issue 13: what an attacker's probe sent, each once a 500, now a 4xx with a message or an empty result.</summary>
public sealed class HostileInputTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>, IDisposable
{
    private readonly Reader _reader = new(db.App);

    [Theory]
    [InlineData("/search?q=inflation%00")]
    [InlineData("/search?q=%00")]
    [InlineData("/search?rating=%00")]
    [InlineData("/search?rating=False%00&q=tax")]
    [InlineData("/search?claimant=a%00b")]
    [InlineData("/search?topic=%00")]
    [InlineData("/search?q=tax&x%00=1")]
    public async Task A_nul_byte_in_a_search_is_a_400_on_the_reader_error_page(string path)
    {
        var (response, body) = await _reader.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, path);
        body.ShouldContain("Search could not run");
        body.ShouldContain("control characters");
        body.ShouldContain("See the latest verdicts");
    }

    [Fact]
    public async Task The_desk_grid_search_ignores_control_characters()
    {
        var desk = db.App.Services.GetRequiredService<DeskQueries>();

        var page = await desk.PageAsync(new DeskFilter(Search: "tax\0es", Rating: "\0", Claimant: "a\0", Topic: "\0b"), 0, 25, DeskSort.Updated, true, default);
        var operators = await desk.PageAsync(new DeskFilter(Search: new string('-', 60)), 0, 25, DeskSort.Updated, true, default);

        page.Rows.ShouldBeEmpty();
        operators.Rows.ShouldBeEmpty();
        // Suggestions ignore the control character: they answer as for "a" (other tests' claimants may well match it).
        (await desk.ClaimantsMatchingAsync("a\0", default)).ShouldAllBe(c => c.Name.Contains('a', StringComparison.OrdinalIgnoreCase));
        (await desk.TopicsMatchingAsync("\0", default)).ShouldAllBe(t => !t.Contains('\0'));
    }

    [Theory]
    [InlineData(40, '-')]
    [InlineData(60, '-')]
    [InlineData(199, '-')]
    [InlineData(199, '!')]
    public async Task A_run_of_operators_finds_nothing_instead_of_failing(int length, char op)
    {
        var html = await _reader.PageAsync("/search?q=" + Uri.EscapeDataString(new string(op, length)));

        html.ShouldContain("0 fact checks found");
    }

    [Fact]
    public async Task Operators_around_a_word_still_find_it()
    {
        var story = new ClaimStories(db.App.Writer) { Statement = "The quibblefrost was stolen in broad daylight." };
        await story.PublishedAsync("Hostile Searcher", "Search topic");

        (await _reader.PageAsync("/search?q=" + Uri.EscapeDataString(new string('-', 50) + " quibblefrost " + new string('!', 50))))
            .ShouldContain("1 fact check found");
        (await _reader.PageAsync("/search?q=" + Uri.EscapeDataString("((quibblefrost)) | & <-> :*"))).ShouldContain("1 fact check found");
    }

    [Fact]
    public async Task Random_operator_heavy_searches_never_fail()
    {
        var random = new Random(1313);
        const string operators = "-!|&()<>:*\"'";
        string[] words = ["or", "and", "not", "tax", "a", "-tax", "\"tax\"", "<->", ":*"];
        var failures = new List<string>();
        for (var i = 0; i < 300; i++)
        {
            // Runs of one operator (up to 80 long), single operators, words and spaces, cut at the 200 characters allowed.
            var text = new StringBuilder();
            while (text.Length < random.Next(1, 200))
            {
                switch (random.Next(4))
                {
                    case 0: text.Append(operators[random.Next(operators.Length)], random.Next(1, 81)); break;
                    case 1: text.Append(operators[random.Next(operators.Length)]); break;
                    case 2: text.Append(words[random.Next(words.Length)]); break;
                    default: text.Append(' '); break;
                }
            }
            if (text.Length > 200) text.Length = 200;
            var path = "/search?q=" + Uri.EscapeDataString(text.ToString());
            var (response, _) = await _reader.GetAsync(path);
            if ((int)response.StatusCode >= 500) failures.Add($"{(int)response.StatusCode} {path}");
        }

        failures.ShouldBeEmpty();
    }

    // An empty Host is replaced by the in-memory server before the app sees it: the unit tests check that one.
    public static TheoryData<string> BadHosts => [new string('a', 300), "localhost:99999", "localhost:0", "localhost:abc", "bad host", "a/b"];

    [Theory]
    [MemberData(nameof(BadHosts))]
    public async Task A_bad_host_header_is_a_400_on_every_reader_page(string host)
    {
        foreach (var path in new[] { "/", "/search?q=tax", "/corrections", "/sitemap.xml", "/feeds/verdicts.rss" })
        {
            var (response, body) = await _reader.GetAsync(path, r => r.Headers.TryAddWithoutValidation("Host", host).ShouldBeTrue());

            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, $"Host '{host}' on {path}");
            body.ShouldContain("Host header");
        }
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("localhost:8080")]
    [InlineData("127.0.0.1:5000")]
    [InlineData("[::1]:5000")]
    public async Task A_good_host_header_is_served(string host)
    {
        var (response, _) = await _reader.GetAsync("/methodology", r => r.Headers.TryAddWithoutValidation("Host", host).ShouldBeTrue());

        response.StatusCode.ShouldBe(HttpStatusCode.OK, host);
    }

    public void Dispose() => _reader.Dispose();
}
