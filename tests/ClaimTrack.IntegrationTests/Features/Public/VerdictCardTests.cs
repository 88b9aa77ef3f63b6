using System.Net;
using System.Text.RegularExpressions;
using ClaimTrack.IntegrationTests.Support;
using SkiaSharp;

namespace ClaimTrack.IntegrationTests.Features.Public;

public sealed partial class VerdictCardTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>, IDisposable
{
    private readonly Reader _reader = new(db.App);

    private async Task<(HttpResponseMessage Response, byte[] Png)> CardAsync(string path)
    {
        var (response, _) = await _reader.GetAsync(path);
        return (response, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    private async Task<string> CardPathAsync(ClaimStories story)
    {
        var html = await _reader.PageAsync(Reader.ClaimPath(story));
        return new Uri(OgImage().Match(html).Groups[1].Value).PathAndQuery;
    }

    [Fact]
    public async Task A_claim_page_names_its_verdict_card_which_is_a_1200_by_630_png_in_the_ratings_colour()
    {
        var story = await new ClaimStories(db.App.Writer).PublishedAsync("Card Person");

        var html = await _reader.PageAsync(Reader.ClaimPath(story));
        var path = await CardPathAsync(story);
        var (response, png) = await CardAsync(path);

        path.ShouldStartWith($"/cards/{story.ClaimId}.png?v=");
        html.ShouldContain("<meta property=\"og:image:width\" content=\"1200\" />");
        html.ShouldContain("<meta property=\"og:image:height\" content=\"630\" />");
        html.ShouldContain("<meta property=\"og:image:alt\" content=\"False: Turnout was the highest in forty years. (Card Person)\" />");
        html.ShouldContain("<meta name=\"twitter:card\" content=\"summary_large_image\"");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
        using var card = SKBitmap.Decode(png);
        (card.Width, card.Height).ShouldBe((1200, 630));
        card.GetPixel(10, 300).ShouldBe(SKColor.Parse(await RatingColourAsync("false")));
        // Text was drawn: the statement's area is not blank paper.
        Enumerable.Range(72, 900).Any(x => card.GetPixel(x, 165) != SKColors.White).ShouldBeTrue();
    }

    [Fact]
    public async Task A_revision_evicts_the_cached_card_and_gives_it_a_new_address()
    {
        var story = await new ClaimStories(db.App.Writer).PublishedAsync("Revised Card Person");
        var before = await CardPathAsync(story);
        var (_, first) = await CardAsync(before);

        await story.ReviseAsync("true", "The final count came in.");

        var after = await CardPathAsync(story);
        after.ShouldNotBe(before);
        // The old address reads the same card path: a cached copy would still be the False one.
        var (_, second) = await CardAsync(before);
        using var card = SKBitmap.Decode(second);
        card.GetPixel(10, 300).ShouldBe(SKColor.Parse(await RatingColourAsync("true")));
        second.ShouldNotBe(first);
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("retracted")]
    [InlineData("unknown")]
    public async Task Drafts_retracted_and_unknown_claims_have_no_card(string kind)
    {
        var story = new ClaimStories(db.App.Writer);
        if (kind == "draft")
        {
            await story.RegisterAsync("Draft Card Person");
            await story.AttachEvidenceAsync();
            await story.ProposeAsync();
            await story.ApproveAsync();
        }
        if (kind == "retracted") await (await story.PublishedAsync("Retracted Card Person")).RetractAsync("Misquoted.");

        var (response, _) = await CardAsync($"/cards/{story.ClaimId}.png");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<string> RatingColourAsync(string key)
    {
        var html = await _reader.PageAsync("/methodology");
        var colour = Regex.Match(html, $"--rating: (#[0-9a-fA-F]{{6}})[^>]*>{Regex.Escape(key == "true" ? "True" : "False")}</span>");
        colour.Success.ShouldBeTrue($"the methodology page shows {key}'s colour");
        return colour.Groups[1].Value;
    }

    [GeneratedRegex("<meta property=\"og:image\" content=\"([^\"]+)\"")]
    private static partial Regex OgImage();

    public void Dispose() => _reader.Dispose();
}
