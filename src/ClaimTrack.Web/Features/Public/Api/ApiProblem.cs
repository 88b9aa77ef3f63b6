namespace ClaimTrack.Web.Features.Public.Api;

/// <summary>A query value the API refuses: which parameter, and a sentence saying what it accepts.</summary>
public sealed record ApiProblem(string Parameter, string Message)
{
    /// <summary>A 400 problem+json naming the parameter, so a client can tell its user what to fix.</summary>
    public IResult ToResult() => Results.Problem(
        title: $"The query parameter '{Parameter}' has a value the API cannot use.",
        detail: Message,
        statusCode: StatusCodes.Status400BadRequest,
        extensions: new Dictionary<string, object?> { ["parameter"] = Parameter });

    public static IResult NotFound(string detail) =>
        Results.Problem(title: "Not found", detail: detail, statusCode: StatusCodes.Status404NotFound);
}
