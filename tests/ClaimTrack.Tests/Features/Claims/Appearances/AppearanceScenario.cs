using ClaimTrack.Web.Features.Claims;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Claims.Appearances;

/// <summary>Appearance histories: the registered one (Evening News, 1 March) and others recorded later.</summary>
public static class AppearanceScenario
{
    public static readonly Guid RadioId = new("55555555-5555-5555-5555-555555555555");
    public static readonly Guid PaperId = new("66666666-6666-6666-6666-666666666666");

    public static AppearanceRecorded Recorded(Guid id, string outlet, DateOnly on) =>
        new(ClaimId, new Appearance(id, outlet, null, on, null, false), Reporter, Now.AddDays(-2));

    /// <summary>Radio Uno on 5 March, after the registered Evening News of 1 March.</summary>
    public static AppearanceRecorded RadioLater() => Recorded(RadioId, "Radio Uno", new DateOnly(2025, 3, 5));

    /// <summary>The Daily Paper on 20 February: older than the registered appearance, recorded after it.</summary>
    public static AppearanceRecorded PaperEarlier() => Recorded(PaperId, "The Daily Paper", new DateOnly(2025, 2, 20));

    public static Claim After(Claim claim, IReadOnlyList<object> events)
    {
        foreach (var e in events) claim.Replay(e);
        return claim;
    }
}
