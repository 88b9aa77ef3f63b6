using ClaimTrack.Web.Features.Claims;

namespace ClaimTrack.Tests.Features.Claims;

public sealed class NewsroomLanguagesTests
{
    [Fact]
    public void The_default_list_is_usable_and_starts_with_english()
    {
        var newsroom = new NewsroomOptions();

        NewsroomLanguages.Problem(newsroom.Languages).ShouldBeNull();
        NewsroomLanguages.Default(newsroom).ShouldBe("en");
    }

    [Theory]
    [InlineData(new string[0], "is empty")]
    [InlineData(new[] { "en", "English" }, "'English'")]
    [InlineData(new[] { "en", "es", "en" }, "'en' twice")]
    [InlineData(new[] { "pt-BR" }, "'pt-BR'")]
    public void A_list_that_cannot_work_is_named_in_a_sentence(string[] languages, string named) =>
        NewsroomLanguages.Problem(languages).ShouldNotBeNull().ShouldContain(named);

    [Theory]
    [InlineData("en", "English")]
    [InlineData("es", "Español")]
    [InlineData("pt-br", "Português (Brasil)")]
    public void A_language_is_named_in_itself(string tag, string name) => NewsroomLanguages.NativeName(tag).ShouldBe(name);
}
