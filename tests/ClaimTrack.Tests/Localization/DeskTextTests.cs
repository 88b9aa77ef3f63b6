using System.Collections;
using System.Globalization;
using System.Resources;
using ClaimTrack.Web.Localization;

namespace ClaimTrack.Tests.Localization;

/// <summary>The desk's resources: every English sentence has its Spanish, and the placeholders survive translation.</summary>
public sealed class DeskTextTests
{
    private static readonly ResourceManager Resources = new(typeof(DeskText).FullName!, typeof(DeskText).Assembly);

    private static Dictionary<string, string> Entries(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    [Fact]
    public void Every_English_text_has_a_Spanish_one_with_the_same_placeholders()
    {
        var english = Entries(CultureInfo.InvariantCulture);
        var spanish = Entries(CultureInfo.GetCultureInfo("es"));

        english.Count.ShouldBeGreaterThan(100);
        english.Keys.Where(k => !spanish.ContainsKey(k)).ShouldBeEmpty();
        foreach (var (key, text) in english)
        {
            Placeholders(spanish[key]).ShouldBe(Placeholders(text), key);
            spanish[key].ShouldNotBeNullOrWhiteSpace(key);
        }
    }

    [Fact]
    public void MudBlazors_own_words_are_in_Spanish_for_the_pager_and_the_date_picker()
    {
        var spanish = Entries(CultureInfo.GetCultureInfo("es"));

        spanish["MudDataGridPager_RowsPerPage"].ShouldBe("Filas por página:");
        spanish.Keys.ShouldContain("MudBaseDatePicker_NextMonth");
    }

    private static string[] Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{[a-z_0-9]+\}").Select(m => m.Value).Order(StringComparer.Ordinal)];
}
