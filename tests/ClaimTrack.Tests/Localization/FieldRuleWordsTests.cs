using System.Collections;
using System.Globalization;
using System.Resources;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Localization;

namespace ClaimTrack.Tests.Localization;

/// <summary>
/// Every field rule a decision names has its wording in Spanish, with the blanks its numbers fill; English has none
/// on purpose, since an English page shows the decision's own sentence (with the field's label in it).
/// </summary>
public sealed class FieldRuleWordsTests
{
    private static readonly ResourceManager Resources = new(typeof(DeskText).FullName!, typeof(DeskText).Assembly);

    private static Dictionary<string, string> Entries(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    [Fact]
    public void Every_named_rule_has_Spanish_words_and_none_in_English()
    {
        var spanish = Entries(CultureInfo.GetCultureInfo("es"));
        var english = Entries(CultureInfo.InvariantCulture);

        FieldRule.Named.Where(rule => !spanish.ContainsKey("Field_" + rule)).ShouldBeEmpty();
        FieldRule.Named.Where(rule => english.ContainsKey("Field_" + rule)).ShouldBeEmpty();
        spanish["Field_TooLong"].ShouldContain("{0}");
        spanish["Field_TooLong"].ShouldContain("{1}");
        spanish["Field_AddressTooLong"].ShouldContain("{0}");
        spanish["Field_DayPassed"].ShouldContain("{0}");
    }

    [Fact]
    public void Every_named_rule_is_listed_once()
    {
        var declared = typeof(FieldRule).GetFields().Where(f => f.IsLiteral && (string)f.GetRawConstantValue()! != FieldRule.Unnamed)
            .Select(f => (string)f.GetRawConstantValue()!);

        FieldRule.Named.ShouldBe(declared, ignoreOrder: true);
    }
}
