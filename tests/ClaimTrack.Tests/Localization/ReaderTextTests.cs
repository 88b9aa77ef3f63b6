using System.Globalization;
using System.Text.RegularExpressions;
using ClaimTrack.Web.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Tests.Localization;

/// <summary>The reader texts resolve in both languages, and the Spanish file has every English text with the same blanks.</summary>
public sealed partial class ReaderTextTests
{
    private static readonly IStringLocalizer Text =
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance).Create(typeof(ReaderText));

    private static Dictionary<string, string> In(string culture)
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return Text.GetAllStrings(includeParentCultures: false).ToDictionary(s => s.Name, s => s.Value);
        }
        finally { CultureInfo.CurrentUICulture = before; }
    }

    [Fact]
    public void A_text_is_found_in_english_and_in_spanish()
    {
        var english = In("");
        var spanish = In("es");
        english["Claim.OurVerdict"].ShouldBe("Our verdict:");
        spanish["Claim.OurVerdict"].ShouldBe("Nuestro veredicto:");
    }

    [Fact]
    public void Spanish_has_every_english_text_with_the_same_blanks()
    {
        var english = In("");
        var spanish = In("es");
        english.Count.ShouldBeGreaterThan(100);
        spanish.Keys.Order().ShouldBe(english.Keys.Order());
        foreach (var (key, words) in english)
            Blanks(spanish[key]).ShouldBe(Blanks(words), key);
    }

    private static string[] Blanks(string text) => [.. Blank().Matches(text).Select(m => m.Value).Order()];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Blank();
}
