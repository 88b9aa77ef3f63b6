using ClaimTrack.Web.Features.Accounts;

namespace ClaimTrack.Web.Features.Desk.Layout;

/// <summary>One place for the desk's pages in its app bar and in the phone menu, so the two never disagree.</summary>
/// <remarks>A new desk page adds one line here; the policy hides the link from people whose role cannot open it
/// (the page checks the role again on the server).</remarks>
public static class DeskMenu
{
    public sealed record Entry(string Href, string Label, string Policy);

    public static IReadOnlyList<Entry> Pages { get; } =
    [
        new("/desk/today", "Today", DeskRoles.Policies.Reporter),
        new("/desk", "Claims", DeskRoles.Policies.Reporter),
        new("/desk/intake", "Reader requests", DeskRoles.Policies.Reporter),
        new("/desk/review", "Review", DeskRoles.Policies.Editor),
        new("/desk/import", "Import", DeskRoles.Policies.Editor),
        new("/desk/admin", "Admin", DeskRoles.Policies.Admin),
        new("/desk/webhooks", "Webhooks", DeskRoles.Policies.Admin),
    ];
}
