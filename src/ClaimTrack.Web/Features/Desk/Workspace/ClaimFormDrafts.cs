using ClaimTrack.Web.Features.Desk.Pages;

namespace ClaimTrack.Web.Features.Desk.Workspace;

/// <summary>The claim form's text fields the browser keeps (their data-draft-field names), read and written by name.</summary>
public static class ClaimFormDrafts
{
    public static string? Get(ClaimForm form, string field) => field switch
    {
        "Statement" => form.Statement,
        "Claimant" => form.Claimant,
        "Affiliation" => form.Affiliation,
        "Context" => form.Context,
        _ => null,
    };

    /// <summary>Puts kept text back; a field this version of the page no longer has is ignored, not an error.</summary>
    public static void Set(ClaimForm form, string field, string text)
    {
        switch (field)
        {
            case "Statement": form.Statement = text; break;
            case "Claimant": form.Claimant = text; break;
            case "Affiliation": form.Affiliation = text; break;
            case "Context": form.Context = text; break;
        }
    }

    public static bool Knows(string field) => field is "Statement" or "Claimant" or "Affiliation" or "Context";

    public static string Label(string field) => field switch
    {
        "Affiliation" => "Role or affiliation",
        _ => field,
    };
}
