namespace ClaimTrack.Web.Features.ReaderRequests;

/// <summary>Reader addresses of intake (readers bookmark their status address; keep these stable).</summary>
public static class ReaderIntakePaths
{
    public const string Suggest = "/suggest";
    public const string Policy = "/corrections/policy";

    // Under /corrections, not /claims/{id}/...: there a literal segment could shadow a claim whose slug is the same word.
    public static string CorrectionRequest(Guid claimId) => $"/corrections/request/{claimId}";
}
