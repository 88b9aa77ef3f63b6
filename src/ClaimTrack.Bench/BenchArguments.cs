using System.Globalization;

namespace ClaimTrack.Bench;

/// <summary>What the benchmark host was asked to do: "seed 100000", "desk-grid 40", "similar-claims 100" or "proposals 100".</summary>
public sealed record BenchArguments(string Command, int Count)
{
    public const string Usage = "Usage: ClaimTrack.Bench seed <claims> | desk-grid [rounds per case, 40] | similar-claims [rounds per case, 100] | proposals <claims>";

    public static BenchArguments? Parse(string[] args) => args switch
    {
        ["seed", var n, ..] when Positive(n) is { } claims => new("seed", claims),
        ["desk-grid", var n, ..] when Positive(n) is { } rounds => new("desk-grid", rounds),
        ["desk-grid", ..] => new("desk-grid", 40),
        ["similar-claims", var n, ..] when Positive(n) is { } rounds => new("similar-claims", rounds),
        ["similar-claims", ..] => new("similar-claims", 100),
        ["proposals", var n, ..] when Positive(n) is { } claims => new("proposals", claims),
        _ => null,
    };

    private static int? Positive(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
