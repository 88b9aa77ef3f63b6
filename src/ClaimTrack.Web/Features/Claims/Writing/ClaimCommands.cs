using ClaimTrack.Web.Features.Claims.Ratings;

namespace ClaimTrack.Web.Features.Claims;

/// <summary>The newsroom's settings that decisions depend on.</summary>
public sealed class NewsroomOptions
{
    public const string Section = "ClaimTrack:Newsroom";

    /// <summary>A verdict proposed by one person is approved by another. On unless a newsroom turns it off.</summary>
    public bool TwoPersonRule { get; set; } = true;
}

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
