namespace ClaimTrack.Web.Features.Claims.Ratings;

/// <summary>The scale a newsroom starts with, in the words our reporters use to explain a rating.</summary>
public static class DefaultRatings
{
    public static readonly IReadOnlyList<Rating> All =
    [
        new("true", "True", 5, "#1b7f3b", Definition:
            "The claim is accurate, and nothing significant is missing from it."),
        new("mostly-true", "Mostly true", 4, "#4f8f2f", Definition:
            "The claim is accurate but needs clarification or leaves out a detail that matters."),
        new("half-true", "Half true", 3, "#b07d00", Definition:
            "The claim is partly accurate: it leaves out important details or takes facts out of context."),
        new("mostly-false", "Mostly false", 2, "#c25400", Definition:
            "The claim has an element of truth but ignores facts that would give a different impression."),
        new("false", "False", 1, "#b3261e", Definition:
            "The claim is not accurate: the evidence contradicts it."),
        new("misleading", "Misleading", 2, "#8a3ffc", Definition:
            "The facts may be right, but they are presented in a way that leads to a wrong conclusion."),
        new("unproven", "Unproven", 3, "#5f6368", Definition:
            "The evidence available does not prove or disprove the claim; we say what would settle it."),
    ];
}
