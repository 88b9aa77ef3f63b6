using ClaimTrack.Web.Features.Claims.Ratings;

namespace ClaimTrack.Web.Features.Claims.Writing;

/// <summary>Routes a command on an existing claim to its pure decision. No I/O: tests and the demo loader use it as it is.</summary>
public static class ClaimCommands
{
    public static IReadOnlyList<object> Decide(
        Claim claim, object command, RatingScale scale, NewsroomOptions newsroom, Actor by, DateTimeOffset now)
    {
        var entry = ClaimCommandCatalog.For(command)
            ?? throw new ArgumentException($"{command.GetType().Name} is not a command on a claim.", nameof(command));
        return entry.Decide(claim, command, new DecisionInputs(scale, newsroom, by, now));
    }
}
