namespace ClaimTrack.IntegrationTests.Support;

/// <summary>
/// Rate limits for test hosts: the suites sign in and search from one address far more often than a person would, so
/// the app's defaults would refuse them. A test of the limits sets its own, low ones.
/// </summary>
public static class TestLimits
{
    public static readonly IReadOnlyDictionary<string, string> Generous = new Dictionary<string, string>
    {
        ["ClaimTrack:RateLimits:SignInPerAddress"] = "100000",
        ["ClaimTrack:RateLimits:SignInPerAccount"] = "100000",
        ["ClaimTrack:RateLimits:SearchPerAddress"] = "100000",
        ["ClaimTrack:RateLimits:ApiPerAddress"] = "100000",
        ["ClaimTrack:RateLimits:ReaderFormsPerAddress"] = "100000",
        // A test (or a browser journey) fills a reader form faster than a person; the spam tests set their own minimum.
        ["ClaimTrack:Intake:MinSecondsToSubmit"] = "0",
    };
}
