namespace ClaimTrack.Bench;

/// <summary>
/// Newsroom-like words with a skewed (Zipf-like) frequency, so a benchmark's full-text search meets both very common
/// and rare terms, as it would in a real archive.
/// </summary>
internal static class BenchVocabulary
{
    private static readonly string[] Words = (
        "government minister election vote votes turnout percent million budget spending tax taxes crime police border " +
        "immigration health hospital school schools teachers jobs unemployment inflation prices wages economy growth debt " +
        "deficit pension pensions climate emissions energy oil gas coal wind solar housing rent homes farmers water drought " +
        "flood army military war peace treaty court judge law laws fraud audit ballot ballots campaign poll polls opposition " +
        "president senator mayor governor party congress parliament assembly council report study data figures record " +
        "highest lowest since decade years doubled tripled fell rose cut increased decreased million billion thousand " +
        "children women workers families citizens voters refugees students doctors nurses officials company companies " +
        "vaccine vaccines virus cases deaths murders homicides accidents roads bridges trains airport port exports imports " +
        "trade tariffs china russia europe africa america brazil mexico india venezuela haiti wyoming california texas " +
        "corruption bribes contract contracts investigation charges indictment arrested convicted cartel drugs cocaine " +
        "protest protests strike riots violence safety security internet media newspaper television radio speech interview " +
        "claimed said promised denied warned announced reported estimated counted measured compared nationwide rural urban")
        .Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static readonly string[] Rare =
        [.. Enumerable.Range(0, 2000).Select(i => "zq" + ((char)('a' + i % 26)) + ((char)('a' + i / 26 % 26)) + ((char)('a' + i / 676)) + "ite")];

    /// <summary>A sentence of <paramref name="length"/> words, with one rare word in about one sentence of fifty.</summary>
    public static string Sentence(Random random, int length)
    {
        var words = new string[length];
        for (var i = 0; i < length; i++)
        {
            // Squaring a uniform number skews choices towards the front of the list: a few words are very common.
            var u = random.NextDouble();
            words[i] = Words[(int)(u * u * Words.Length)];
        }
        if (random.Next(50) == 0) words[random.Next(length)] = Rare[random.Next(Rare.Length)];
        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return string.Join(' ', words) + ".";
    }

    public static string RareWord(int index) => Rare[index % Rare.Length];
}
