using ClaimTrack.Web.Features.Claims;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

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

    private static NewsroomOptions Configured(params string[] languages)
    {
        var settings = languages.Select((l, i) => new KeyValuePair<string, string?>($"ClaimTrack:Newsroom:Languages:{i}", l));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddClaims(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<NewsroomOptions>>().Value;
    }

    [Fact]
    public void A_configured_list_replaces_the_default_instead_of_adding_to_it()
    {
        Configured("es", "en").Languages.ShouldBe(["es", "en"]);
        Configured().Languages.ShouldBe(["en", "es"]);
    }

    [Fact]
    public void A_list_with_a_duplicate_stops_the_options_with_the_sentence_naming_it() =>
        Should.Throw<OptionsValidationException>(() => Configured("en", "es", "en")).Message.ShouldContain("names 'en' twice");
}
