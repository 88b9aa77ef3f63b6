using ClaimTrack.Web.Infrastructure.Search;

namespace ClaimTrack.Tests.Infrastructure.Search;

public sealed class SearchWordsTests
{
    [Theory]
    [InlineData("inflation", "inflation")]
    [InlineData("  tax   cuts ", "tax cuts")]
    [InlineData("tax -cuts", "tax -cuts")]
    [InlineData("\"tax cuts\" or spending", "\"tax cuts\" or spending")]
    [InlineData("covid-19", "covid 19")]
    [InlineData("tax\0es", "tax es")]
    [InlineData("---------------------------------------------------------tax", "-tax")]
    [InlineData("!!!!tax|||&&&(((spending)))<->:*", "-tax spending")]
    public void Keeps_what_a_reader_means(string typed, string safe) => SearchWords.Safe(typed).ShouldBe(safe);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\0")]
    [InlineData("------------------------------------------------------------")]
    [InlineData("!!!!!! ||| &&& <-> :* ( ) \"")]
    public void Nothing_searchable_is_null(string typed) => SearchWords.Safe(typed).ShouldBeNull();

    [Fact]
    public void Words_are_capped()
    {
        var typed = string.Join(' ', Enumerable.Range(0, 100).Select(i => $"w{i}"));

        SearchWords.Safe(typed)!.Split(' ').Length.ShouldBe(SearchWords.MaxWords);
    }
}
