using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Public;
using ClaimTrack.Web.Features.Public.Languages;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Tests.Features.Public.Languages;

public sealed class ReaderAddressTests
{
    private static readonly ReaderLanguages Languages = new(
        Options.Create(new NewsroomOptions { Languages = ["en", "es", "pt-BR"] }), Options.Create(new PublicSiteOptions()));

    [Theory]
    [InlineData("/es/claims/1/slug", "es", "/claims/1/slug")]
    [InlineData("/es/", "es", "/")]
    [InlineData("/es", "es", "/")]
    [InlineData("/ES/search", "es", "/search")]
    [InlineData("/pt-br/topics", "pt-br", "/topics")]
    public void A_configured_language_other_than_the_default_is_a_prefix(string path, string language, string rest)
    {
        var (found, remainder) = ReaderAddress.Split(new PathString(path), Languages).ShouldNotBeNull();
        found.ShouldBe(language);
        remainder.Value.ShouldBe(rest);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/en/claims")]
    [InlineData("/xx/claims")]
    [InlineData("/espanol")]
    [InlineData("/search")]
    [InlineData("/claims/es")]
    public void The_default_language_and_anything_else_is_no_prefix(string path) =>
        ReaderAddress.Split(new PathString(path), Languages).ShouldBeNull();

    [Fact]
    public void Each_language_writes_in_its_culture_and_an_unknown_setting_falls_back_to_the_language()
    {
        Languages.FormatCulture("en").Name.ShouldBe("en-GB");
        Languages.FormatCulture("es").Name.ShouldBe("es-419");
        Languages.FormatCulture("pt-br").Name.ShouldBe("pt-BR");
        ReaderLanguages.FormatCultureOf("es", new Dictionary<string, string> { ["es"] = "es-VE" }).Name.ShouldBe("es-VE");
        ReaderLanguages.FormatCultureOf("es", new Dictionary<string, string> { ["es"] = "no-such-culture-at-all" }).Name.ShouldBe("es");
    }

    [Fact]
    public void The_switch_links_the_same_page_and_marks_the_default_so_the_browser_does_not_send_the_reader_back()
    {
        var spanish = new PublicContext("Site", "http://localhost", null!) { Language = "es", Languages = ["en", "es"] };
        spanish.Local("/claims/1/a").ShouldBe("/es/claims/1/a");
        spanish.InLanguage("en", "/claims/1/a").ShouldBe("/claims/1/a?hl=en");
        spanish.InLanguage("en", "/search?q=x").ShouldBe("/search?q=x&hl=en");
        var english = spanish with { Language = "en" };
        english.Local("/claims/1/a").ShouldBe("/claims/1/a");
        english.InLanguage("es", "/search?q=x").ShouldBe("/es/search?q=x");
    }
}
