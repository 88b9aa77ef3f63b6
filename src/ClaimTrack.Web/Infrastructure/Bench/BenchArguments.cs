using System.Globalization;

namespace ClaimTrack.Web.Infrastructure.Bench;

public static class BenchArguments
{
    /// <summary>"--seed-bench 100000": load that many generated claims, then exit.</summary>
    public static int? SeedCount(string[] args)
    {
        var at = Array.IndexOf(args, "--seed-bench");
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
    }

    /// <summary>"--bench-desk-grid 5": how many timed rounds per case (40 unless given).</summary>
    public static int Rounds(string[] args)
    {
        var at = Array.IndexOf(args, "--bench-desk-grid");
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 40;
    }
}
