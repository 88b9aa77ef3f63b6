namespace ClaimTrack.Web.Features.Claims;

/// <summary>The newsroom's settings that decisions depend on.</summary>
public sealed class NewsroomOptions
{
    public const string Section = "ClaimTrack:Newsroom";

    /// <summary>A verdict proposed by one person is approved by another. On unless a newsroom turns it off.</summary>
    public bool TwoPersonRule { get; set; } = true;

    /// <summary>The IANA id of the zone the desk shows times in (<see cref="NewsroomTime"/>); UTC unless set.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>The culture the desk writes calendar days in (e.g. en-GB: 29/11/2026); ISO days unless set.</summary>
    public string? Culture { get; set; }

    public IReadOnlyList<string> Languages { get; set; } = ["en", "es"];
}
