namespace ClaimTrack.Web.Features.Desk.Import;

/// <summary>Limits on fetching an address for a ClaimReview import (ClaimTrack:Import).</summary>
public sealed class ImportOptions
{
    public const string Section = "ClaimTrack:Import";

    /// <summary>
    /// Off: addresses that resolve to loopback, private, link-local or other non-public networks are refused, so an
    /// editor's import cannot make the server read the newsroom's own network (the database, cloud metadata, admin
    /// pages). Tests turn it on to serve a feed from 127.0.0.1.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    public int MaxBytes { get; set; } = 5 * 1024 * 1024;
    public int TimeoutSeconds { get; set; } = 10;
    public int MaxRedirects { get; set; } = 3;
}
