namespace ClaimTrack.Web.Infrastructure;

/// <summary>One run of words in a comparison: kept, removed (only before) or added (only after).</summary>
public sealed record DiffPart(DiffKind Kind, string Text);

public enum DiffKind { Same, Removed, Added }

/// <summary>
/// Word-level differences between two texts (longest common subsequence), so a reviewer sees exactly which words a
/// change removes and adds. Texts on the desk are a few hundred words at most; the table is their product.
/// </summary>
public static class TextDiff
{
    public static IReadOnlyList<DiffPart> Words(string? before, string? after)
    {
        var a = Split(before);
        var b = Split(after);
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);

        var parts = new List<DiffPart>();
        void Add(DiffKind kind, string word)
        {
            if (parts.Count > 0 && parts[^1].Kind == kind) parts[^1] = parts[^1] with { Text = parts[^1].Text + " " + word };
            else parts.Add(new DiffPart(kind, word));
        }
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y]) { Add(DiffKind.Same, a[x]); x++; y++; }
            else if (common[x + 1, y] >= common[x, y + 1]) Add(DiffKind.Removed, a[x++]);
            else Add(DiffKind.Added, b[y++]);
        }
        while (x < a.Length) Add(DiffKind.Removed, a[x++]);
        while (y < b.Length) Add(DiffKind.Added, b[y++]);
        return parts;
    }

    private static string[] Split(string? text) => (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
