using ClaimTrack.Web.Infrastructure.Search;

namespace ClaimTrack.Tests.Infrastructure.Search;

public sealed class SearchLanguagesTests
{
    [Theory]
    [InlineData("en", "english")]
    [InlineData("en-GB", "english")]
    [InlineData("EN_us", "english")]
    [InlineData(" es ", "spanish")]
    [InlineData("es-419", "spanish")]
    [InlineData("pt-BR", "simple")]
    [InlineData("fr", "simple")]
    [InlineData("eng", "simple")]
    [InlineData("", "simple")]
    [InlineData(null, "simple")]
    public void A_language_tag_chooses_its_text_search_configuration_by_its_primary_subtag(string? tag, string configuration)
    {
        SearchLanguages.ConfigurationFor(tag).ShouldBe(configuration);
    }

    [Fact]
    public void A_typed_search_is_read_in_every_configuration_a_row_may_use()
    {
        SearchLanguages.Configurations.ShouldBe(["english", "spanish", "simple"]);
        var functions = SearchLanguages.FunctionsSql("public");

        foreach (var configuration in SearchLanguages.Configurations) functions.ShouldContain($"one := websearch_to_tsquery('{configuration}', typed);");
        functions.ShouldContain("when 'en' then 'english'::regconfig when 'es' then 'spanish'::regconfig else 'simple'::regconfig");
    }
}
