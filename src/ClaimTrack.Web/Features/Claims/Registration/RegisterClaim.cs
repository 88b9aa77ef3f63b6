using ClaimTrack.Web.Features.Claims.Writing;

namespace ClaimTrack.Web.Features.Claims.Registration;

/// <summary>A new claim with the first place it appeared.</summary>
public sealed record RegisterClaim(
    Guid ClaimId,
    string Statement,
    bool IsVerbatimQuote,
    string ClaimantName,
    ClaimantKind ClaimantKind,
    string? ClaimantAffiliation,
    string Outlet,
    string? AppearanceUrl,
    DateOnly? AppearedOn,
    string? Context,
    IReadOnlyList<string> Topics,
    string Language = "en");

public static class RegisterClaimDecision
{
    /// <summary>Reporters bring claims to the desk; registering starts the claim's stream.</summary>
    public static readonly CommandEntry Entry = CommandEntry
        .Starting<RegisterClaim>(NewsroomRole.Reporter, (command, d) => [Decide(command, d.By, d.Now, d.Newsroom.Languages)])
        .Wording<ClaimRegistered>(e => $"{e.By.Name} registered the claim at {e.At:u}");

    /// <summary>The claim as registered; its language must be one of the newsroom's (<see cref="NewsroomOptions.Languages"/>).</summary>
    public static ClaimRegistered Decide(RegisterClaim command, Actor by, DateTimeOffset now, IReadOnlyList<string> languages)
    {
        var check = new InputCheck();
        ClaimFields.CheckText(check, command.Statement, command.Context, command.Language);
        ClaimFields.CheckLanguage(check, command.Language, languages);
        ClaimFields.CheckClaimant(check, command.ClaimantName, command.ClaimantAffiliation);
        ClaimFields.CheckAppearance(check, command.Outlet, command.AppearanceUrl, command.AppearedOn, now);
        var topics = ClaimFields.CheckTopics(check, command.Topics);
        check.That(command.ClaimId != Guid.Empty, nameof(command.ClaimId), "The claim needs an id.");
        check.ThrowIfAny();

        var appearance = new Appearance(
            Guid.CreateVersion7(now), command.Outlet.Trim(), ClaimFields.Clean(command.AppearanceUrl), command.AppearedOn!.Value, null, IsFirst: true);
        var claimant = new Claimant(command.ClaimantName.Trim(), command.ClaimantKind, ClaimFields.Clean(command.ClaimantAffiliation));
        return new ClaimRegistered(
            command.ClaimId, command.Statement.Trim(), command.IsVerbatimQuote, claimant, appearance,
            ClaimFields.Clean(command.Context), topics, NewsroomLanguages.Normal(command.Language), by, now);
    }
}
