namespace ClaimTrack.Web.Features.Claims.Evidence;

/// <summary>Evidence kinds and stances in newsroom words, the same on the desk and on the reader's page.</summary>
public static class EvidenceLabels
{
    public static string Of(Stance stance) => stance switch
    {
        Stance.Supports => "supports the claim",
        Stance.Contradicts => "contradicts the claim",
        _ => "context",
    };

    public static string Of(EvidenceKind kind) => kind switch
    {
        EvidenceKind.OfficialRecord => "Official record",
        EvidenceKind.NewsReport => "News report",
        EvidenceKind.ArchivedPage => "Archived page",
        _ => kind.ToString(),
    };
}
