using ClaimTrack.Web.Features.Claims;

namespace ClaimTrack.Tests.Features.Claims;

/// <summary>How the claimant filter folds a name, both the stored one and the typed one.</summary>
public sealed class ClaimantFilterTests
{
    [Theory]
    [InlineData("Luis Díaz", "luis diaz")]
    [InlineData("DÍAZ", "diaz")]
    [InlineData("Tibisay Lucena Ramírez", "tibisay lucena ramirez")]
    [InlineData("Núñez, Güemes & Çelik", "nunez, guemes & celik")]
    [InlineData("Łódź Straße", "lodz strasse")]
    [InlineData("Ærøskøbing Œuvre", "aeroskobing oeuvre")]
    [InlineData("Đorđević Þór", "dordevic thor")]
    [InlineData("ﬁscal", "fiscal")]
    [InlineData("Ｌｕｉｓ", "luis")]
    [InlineData("Ελένη", "ελενη")]
    [InlineData("Андрій Йосипенко Ёлкин", "андрій йосипенко елкин")]
    [InlineData("김정은", "김정은")]
    [InlineData("🇻🇪 Gobierno", "🇻🇪 gobierno")]
    [InlineData("", "")]
    public void A_name_is_folded_to_lower_case_without_accents(string name, string folded) =>
        ClaimantFilter.Fold(name).ShouldBe(folded);

    [Fact]
    public void Half_a_surrogate_pair_folds_to_a_replacement_character_rather_than_throw() =>
        ClaimantFilter.Fold("Half \uD83D pair").ShouldBe("half \uFFFD pair");

    [Fact]
    public void The_stored_and_the_typed_name_meet_either_way_round()
    {
        ClaimantFilter.Fold("Luis Díaz").ShouldContain(ClaimantFilter.Pattern("diaz")!);
        ClaimantFilter.Fold("Luis Diaz").ShouldContain(ClaimantFilter.Pattern("Díaz")!);
    }

    [Theory]
    [InlineData("50%", @"50\%")]
    [InlineData("a_b", @"a\_b")]
    [InlineData(@"back\slash", @"back\\slash")]
    // A full-width percent folds to a plain one, so it is escaped after folding, never before.
    [InlineData("５０％", @"50\%")]
    public void Wildcards_typed_are_letters_after_folding(string typed, string pattern) =>
        ClaimantFilter.Pattern(typed).ShouldBe(pattern);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Nothing_typed_filters_nothing(string? typed) => ClaimantFilter.Pattern(typed).ShouldBeNull();
}
