namespace ClaimTrack.Web.Infrastructure.Postgres;

/// <summary>
/// Reads and rewrites pg_hba.conf, the server's list of who may connect and how. Clusters made by older versions of
/// ClaimTrack trust every local connection; from this version on every connection gives the password (SCRAM).
/// </summary>
internal static class HostAuthentication
{
    public const string FileName = "pg_hba.conf";
    private const string Trust = "trust";
    private const string Password = "scram-sha-256";

    /// <summary>True when any rule lets someone in without a password.</summary>
    public static bool TrustsAnyone(string rules) => rules.Split('\n').Any(line => MethodOf(Words(line)) is Trust);

    /// <summary>
    /// The same rules, each asking for the password instead of trusting. Rules are kept rather than replaced, so any
    /// line an administrator added keeps its address and database; the server listens on loopback only regardless.
    /// </summary>
    public static string RequiringPasswords(string rules) => string.Join('\n', rules.Split('\n').Select(line =>
    {
        var words = Words(line);
        if (MethodOf(words) is not Trust) return line;
        var method = Array.FindLastIndex(words, IsMethod);
        return string.Join(' ', words.Select((word, i) => i == method ? Password : word));
    }));

    private static string[] Words(string line)
    {
        var comment = line.IndexOf('#', StringComparison.Ordinal);
        var rule = comment < 0 ? line : line[..comment];
        return rule.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
    }

    // The method is the last word of a rule; only its options (name=value) may follow it.
    private static string? MethodOf(string[] words) => words.Length >= 4 ? words.LastOrDefault(IsMethod) : null;

    private static bool IsMethod(string word) => !word.Contains('=', StringComparison.Ordinal);
}
