using System.Globalization;
using ClaimTrack.Web.Features.Claims.Publication;
using ClaimTrack.Web.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Tests.Features.Claims.Publication;

/// <summary>An update's list of changes: written in English through its patterns, read back from the stored line.</summary>
public sealed class PublicChangePatternsTests
{
    private static readonly IStringLocalizer Words =
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance).Create(typeof(ReaderText));

    public static TheoryData<string> Names() => [.. PublicChangePatterns.All.Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_line_reads_back_as_the_pattern_and_values_that_wrote_it(string name)
    {
        var values = Values(name, i => $"value {i} with “quotes”");

        var read = PublicChangePatterns.Read(PublicChangePatterns.Line(name, values)).ShouldNotBeNull();

        read.Name.ShouldBe(name);
        read.Values.ShouldBe(values);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void A_value_holding_the_patterns_own_words_still_gives_back_the_whole_line(string name)
    {
        // "Títle, with: commas is now" could be split elsewhere than it was written; filled again, it is the same line,
        // so a translation that keeps the separators shows every word of it.
        var line = PublicChangePatterns.Line(name, Values(name, i => $"value {i}, with: commas is now"));

        var read = PublicChangePatterns.Read(line).ShouldNotBeNull();

        PublicChangePatterns.Line(read.Name, read.Values).ShouldBe(line);
    }

    private static string[] Values(string name, Func<int, string> value) =>
        [.. Enumerable.Range(1, PublicChangePatterns.All.Single(p => p.Name == name).English.Count(c => c == '{')).Select(value)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_pattern_has_its_english_words_in_the_readers_catalogue(string name)
    {
        var english = PublicChangePatterns.All.Single(p => p.Name == name).English;
        var ui = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        try { Words["Change." + name].Value.ShouldBe(english); }
        finally { CultureInfo.CurrentUICulture = ui; }
    }

    [Fact]
    public void A_spanish_reader_reads_the_change_in_spanish_with_the_values_as_stored()
    {
        var line = PublicChangesLine();
        var read = PublicChangePatterns.Read(line).ShouldNotBeNull();
        var ui = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es");
        try { Words["Change." + read.Name, [.. read.Values]].Value.ShouldBe("prueba retirada: Ministry turnout table, the table was revised"); }
        finally { CultureInfo.CurrentUICulture = ui; }
    }

    [Fact]
    public void A_line_no_pattern_wrote_is_not_read() => PublicChangePatterns.Read("something else changed").ShouldBeNull();

    private static string PublicChangesLine() => PublicChangePatterns.Line("EvidenceWithdrawn", "Ministry turnout table", "the table was revised");
}
