using ClaimTrack.Web.Features.Accounts;
using Microsoft.AspNetCore.Http;

namespace ClaimTrack.Tests.Features.Accounts;

public sealed class DeskLanguageTests
{
    private static readonly string[] Newsroom = ["en", "es"];

    [Theory]
    [InlineData("es", "es")]
    [InlineData("ES", "es")]
    [InlineData(null, "en")]
    [InlineData("", "en")]
    [InlineData("fr", "en")]
    public void A_choice_the_newsroom_offers_is_kept_anything_else_is_its_first_language(string? chosen, string language)
    {
        DeskLanguage.Choose(chosen, Newsroom).ShouldBe(language);
    }

    [Fact]
    public void A_language_the_newsroom_stopped_offering_falls_back_to_its_first()
    {
        DeskLanguage.Choose("es", ["pt-BR", "en"]).ShouldBe("pt-BR");
        DeskLanguage.Offered("es", ["pt-BR", "en"]).ShouldBeFalse();
        DeskLanguage.Offered("pt-br", ["pt-BR", "en"]).ShouldBeTrue();
    }

    [Theory]
    [InlineData("/desk", true)]
    [InlineData("/desk/claims/1", true)]
    [InlineData("/account/profile", true)]
    [InlineData("/_blazor", true)]
    [InlineData("/", false)]
    [InlineData("/claims/1/slug", false)]
    [InlineData("/es/search", false)]
    [InlineData("/desktop", false)]
    public void Only_desk_and_account_addresses_take_the_persons_language(string path, bool desk)
    {
        DeskLanguage.IsDeskPath(new PathString(path)).ShouldBe(desk);
    }
}
