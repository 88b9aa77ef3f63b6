using ClaimTrack.Web.Features.Intake;

namespace ClaimTrack.Tests.Features.Intake;

public sealed class LikenessTests
{
    [Fact]
    public void The_score_is_the_larger_of_letter_likeness_and_word_overlap()
    {
        // Reordered: few letter triples moved, every word shared.
        Likeness.Score(new LikenessSignals(0.5, 6, 6, 6), "a b c", "c b a").ShouldBe(1.0);
        // Reworded with other endings: words differ, letters mostly do not.
        Likeness.Score(new LikenessSignals(0.7, 6, 6, 2), "a", "b").ShouldBe(0.7);
        Likeness.Score(new LikenessSignals(0, 0, 0, 0), "a", "b").ShouldBe(0);
    }

    [Fact]
    public void Another_figure_cuts_the_score_under_the_threshold_even_for_the_same_wording()
    {
        var sameWords = new LikenessSignals(0.9, 8, 8, 7);

        var score = Likeness.Score(sameWords, "Unemployment fell to 9 percent last year", "Unemployment fell to 4 percent last year");

        Likeness.IsSame(score).ShouldBeFalse();
        Likeness.IsSame(Likeness.Score(sameWords, "Unemployment fell to 4 percent last year", "Unemployment fell to 4.0 percent last year, 2024")).ShouldBeFalse();
        Likeness.IsSame(Likeness.Score(sameWords, "Unemployment fell to 4 percent in 2024", "In 2024 unemployment fell to 4 percent")).ShouldBeTrue();
        // A text with no figure (typed so far) is not cut: it may yet be the claim.
        Likeness.IsSame(Likeness.Score(sameWords, "Unemployment fell last year", "Unemployment fell to 4 percent last year")).ShouldBeTrue();
    }

    [Theory]
    [InlineData("584,000 people", "584000")]
    [InlineData("by 1.5 points.", "1.5")]
    [InlineData("in 2013.", "2013")]
    public void A_figure_is_written_one_way(string text, string figure) => Likeness.Figures(text).ShouldBe([figure]);

    [Fact]
    public void Figures_are_a_set() =>
        Likeness.Figures("Between 2010 and 2015, 3 of 4 schools; 2010 again").ShouldBe(["2010", "2015", "3", "4"], ignoreOrder: true);
}

public sealed class TypedStatementTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("the budget")]
    [InlineData("!!! ??? ... --- ***")]
    public void Too_little_to_compare_is_nothing(string? typed) => TypedStatement.From(typed).ShouldBeNull();

    [Fact]
    public void Control_characters_become_spaces_and_a_long_text_is_cut()
    {
        TypedStatement.From("The bridge\0cost twice\u0007the budget ").ShouldBe("The bridge cost twice the budget");
        TypedStatement.From(new string('a', 10_000))!.Length.ShouldBe(TypedStatement.MaxLength);
    }

    [Fact]
    public void A_broken_surrogate_pair_never_reaches_the_database() =>
        TypedStatement.From("The bridge cost twice the budget \ud83d")!.ShouldBe("The bridge cost twice the budget");
}
