using ClaimTrack.Web.Features.Public.Languages;

namespace ClaimTrack.Tests.Features.Public.Languages;

public sealed class BrowserLanguageTests
{
    private static readonly string[] Site = ["en", "es"];

    [Theory]
    [InlineData("es-VE,es;q=0.9,en;q=0.5", "es")]
    [InlineData("es", "es")]
    [InlineData("ES-419", "es")]
    [InlineData("en-GB,en;q=0.9,es;q=0.8", "en")]
    [InlineData("fr-FR,fr;q=0.9,es;q=0.5,en;q=0.4", "es")]
    [InlineData("en;q=0.3,es;q=0.7", "es")]
    [InlineData("es;q=0,en", "en")]
    [InlineData("fr,de", null)]
    [InlineData("*", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    [InlineData("estonian-nonsense", null)]
    [InlineData(";;;q=,", null)]
    public void The_site_language_the_browser_prefers_most(string? header, string? expected) =>
        BrowserLanguage.Preferred(header, Site).ShouldBe(expected);

    [Fact]
    public void Equal_weights_keep_the_headers_order() =>
        BrowserLanguage.Preferred("es-MX, en-US", Site).ShouldBe("es");
}
