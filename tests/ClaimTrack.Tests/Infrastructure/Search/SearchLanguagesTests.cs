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

        functions.ShouldContain("websearch_to_tsquery('english', public.ct_unaccent($1)) || websearch_to_tsquery('spanish', public.ct_unaccent($1)) || websearch_to_tsquery('simple', public.ct_unaccent($1))");
        functions.ShouldContain("when 'en' then 'english' when 'es' then 'spanish' else 'simple'");
    }
}
