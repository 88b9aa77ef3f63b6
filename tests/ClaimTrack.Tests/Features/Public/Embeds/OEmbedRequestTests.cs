using ClaimTrack.Web.Features.Public.Embeds;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace ClaimTrack.Tests.Features.Public.Embeds;

public sealed class OEmbedRequestTests
{
    private const string Site = "https://factcheck.example.org";
    private static readonly Guid Id = new("0195f0a2-7c1e-7b3a-9d41-3f2a1b0c9d8e");

    private static QueryCollection Query(params (string Key, string Value)[] pairs) =>
        new(pairs.ToDictionary(p => p.Key, p => new StringValues(p.Value)));

    [Theory]
    [InlineData($"{Site}/claims/0195f0a2-7c1e-7b3a-9d41-3f2a1b0c9d8e/some-slug")]
    [InlineData($"{Site}/claims/0195f0a2-7c1e-7b3a-9d41-3f2a1b0c9d8e")]
    [InlineData("http://FACTCHECK.example.org/embed/claims/0195f0a2-7c1e-7b3a-9d41-3f2a1b0c9d8e")]
    public void A_claim_page_or_card_on_this_site_names_its_claim(string url) =>
        OEmbedRequest.ClaimIdOf(url, Site).ShouldBe(Id);

    [Theory]
    [InlineData("https://elsewhere.example.org/claims/0195f0a2-7c1e-7b3a-9d41-3f2a1b0c9d8e/x")]
    [InlineData($"{Site}/claimants/0195f0a2-7c1e-7b3a-9d41-3f2a1b0c9d8e")]
    [InlineData($"{Site}/claims/not-an-id/x")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/claims/0195f0a2-7c1e-7b3a-9d41-3f2a1b0c9d8e/x")]
    public void Anything_else_names_no_claim(string url) => OEmbedRequest.ClaimIdOf(url, Site).ShouldBeNull();

    [Fact]
    public void The_card_keeps_its_size_unless_asked_for_less()
    {
        var url = $"{Site}/claims/{Id}/x";
        OEmbedRequest.Read(Query(("url", url)), Site).Request.ShouldBe(new OEmbedRequest(Id, EmbedCard.Width, EmbedCard.Height));
        OEmbedRequest.Read(Query(("url", url), ("maxwidth", "320"), ("maxheight", "9999")), Site).Request.ShouldBe(new OEmbedRequest(Id, 320, EmbedCard.Height));
    }

    [Theory]
    [InlineData("xml", null, 501)]
    [InlineData("json", "0", 400)]
    [InlineData("json", "wide", 400)]
    [InlineData("json", "-5", 400)]
    [InlineData("", "99999999999999", 400)]
    [InlineData("", null, 400, $"{Site}/claims/0195f0a2-7c1e-7b3a-9d41-3f2a1b0c9d8e/x\0")]
    [InlineData("", null, 404, "javascript:alert(1)")]
    [InlineData("", null, 404, "https://elsewhere.example.org/claims/0195f0a2-7c1e-7b3a-9d41-3f2a1b0c9d8e/x")]
    public void Formats_and_sizes_it_cannot_serve_are_refused_with_the_specifications_codes(string format, string? maxwidth, int status, string? url = null)
    {
        var pairs = new List<(string, string)> { ("url", url ?? $"{Site}/claims/{Id}/x"), ("format", format) };
        if (maxwidth is not null) pairs.Add(("maxwidth", maxwidth));

        var (request, answer, problem) = OEmbedRequest.Read(Query([.. pairs]), Site);

        (request, answer).ShouldBe((null, status));
        problem.ShouldNotBeNullOrWhiteSpace();
        if (status != 404) OEmbedRequest.Canonical(Query([.. pairs])).ShouldBeNull();
    }

    [Fact]
    public void Spellings_of_one_question_share_one_cache_key() =>
        OEmbedRequest.Canonical(Query(("url", $"{Site}/claims/{Id}/x"), ("format", "json"), ("maxwidth", "900")))
            .ShouldBe(OEmbedRequest.Canonical(Query(("url", $"{Site}/claims/{Id}/x"), ("utm_source", "feed"))));

    [Theory]
    [InlineData($"{Site}/claims/0195f0a2-7c1e-7b3a-9d41-3f2a1b0c9d8e/another-slug")]
    [InlineData($"{Site}/claims/0195f0a2-7c1e-7b3a-9d41-3f2a1b0c9d8e/x?utm_source=feed#verdict")]
    [InlineData("http://FACTCHECK.example.org/embed/claims/0195f0a2-7c1e-7b3a-9d41-3f2a1b0c9d8e")]
    public void Addresses_of_one_claim_share_one_cache_key(string url) =>
        OEmbedRequest.Canonical(Query(("url", url))).ShouldBe(OEmbedRequest.Canonical(Query(("url", $"{Site}/claims/{Id}/x"))));

    [Fact]
    public void A_claims_address_in_another_language_names_the_claim_and_that_language_with_a_cache_key_of_its_own()
    {
        var spanish = Query(("url", $"{Site}/es/claims/{Id}/x"));

        OEmbedRequest.Read(spanish, Site).Request.ShouldBe(new OEmbedRequest(Id, EmbedCard.Width, EmbedCard.Height) { Language = "es" });
        OEmbedRequest.Read(Query(("url", $"{Site}/ES/embed/claims/{Id}")), Site).Request!.Language.ShouldBe("es");
        OEmbedRequest.Read(Query(("url", $"{Site}/claims/{Id}/x")), Site).Request!.Language.ShouldBeNull();
        OEmbedRequest.Canonical(spanish).ShouldNotBe(OEmbedRequest.Canonical(Query(("url", $"{Site}/claims/{Id}/x"))));
        OEmbedRequest.ClaimIdOf($"{Site}/es/claims/{Id}/x", Site).ShouldBe(Id);
        OEmbedRequest.ClaimIdOf($"{Site}/not a tag/claims/{Id}/x", Site).ShouldBeNull();
    }

    [Fact]
    public void Each_claim_has_its_own_cache_key_and_an_address_naming_none_is_not_cached()
    {
        OEmbedRequest.Canonical(Query(("url", $"{Site}/claims/{Guid.NewGuid()}/x"))).ShouldNotBe(OEmbedRequest.Canonical(Query(("url", $"{Site}/claims/{Id}/x"))));
        OEmbedRequest.Canonical(Query(("url", "javascript:alert(1)"))).ShouldBeNull();
    }
}
