using ClaimTrack.Web.Features.Claims;

namespace ClaimTrack.Tests.Features.Claims;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("Luis Almagro", "luis-almagro")]
    [InlineData("Consejo Nacional Electoral (CNE)", "consejo-nacional-electoral-cne")]
    [InlineData("Acción Democrática", "accion-democratica")]
    [InlineData("  --Élections!!  2015 ", "elections-2015")]
    [InlineData("???", "untitled")]
    public void Slugs_are_lower_case_ascii_words_joined_by_hyphens(string text, string slug) => Slugs.From(text).ShouldBe(slug);

    [Fact]
    public void Slugs_are_cut_to_the_maximum_length() => Slugs.From(new string('a', 200)).Length.ShouldBe(80);
}
