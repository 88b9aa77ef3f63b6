namespace ClaimTrack.Web.Features.Desk.Workspace;

/// <summary>What the page does with the text a browser kept: put it back, or ask.</summary>
public enum DraftAction { None, Restore, Choose }

/// <summary>
/// The kept text worth offering (one per field, the latest typed), against what the form holds now. Restore: it was
/// typed against the version the page shows, so it goes back into the form with a notice. Choose: the claim changed
/// since, and the editor's old words must not silently replace a colleague's newer ones, so both are shown.
/// </summary>
public sealed record DraftPlan(DraftAction Action, IReadOnlyList<Draft> Drafts)
{
    public static readonly DraftPlan Nothing = new(DraftAction.None, []);

    /// <summary>When the latest of the kept texts was typed.</summary>
    public DateTimeOffset TypedAt => Drafts.Max(d => d.At);

    public static DraftPlan For(IReadOnlyList<Draft> kept, long version, Func<string, string?> current)
    {
        var offered = kept
            .Where(d => d.Version <= version) // typed against a version newer than this page's: a reload will offer it
            .GroupBy(d => d.Field)
            .Select(field => field.OrderBy(d => d.Version).ThenBy(d => d.At).Last())
            .Where(d => d.Text != (current(d.Field) ?? "")) // the same as saved: nothing was lost
            .OrderBy(d => d.Field, StringComparer.Ordinal)
            .ToList();
        if (offered.Count == 0) return Nothing;
        return new(offered.All(d => d.Version == version) ? DraftAction.Restore : DraftAction.Choose, offered);
    }
}
