namespace ClaimTrack.Web.Features.DemoNewsroom;

public static partial class DemoNewsroomScript
{
    public static IReadOnlyList<DemoClaim> Claims { get; } = [];
}
