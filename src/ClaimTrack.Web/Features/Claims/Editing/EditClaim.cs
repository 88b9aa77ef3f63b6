using ClaimTrack.Web.Features.Claims.Writing;

namespace ClaimTrack.Web.Features.Claims.Editing;

/// <summary>The editable parts of a claim, as the editor's form holds them.</summary>
public sealed record EditClaim(
    string Statement,
    bool IsVerbatimQuote,
    string ClaimantName,
    ClaimantKind ClaimantKind,
    string? ClaimantAffiliation,
    string? Context,
    IReadOnlyList<string> Topics,
    string Language);

public static class EditClaimDecision
{
    /// <summary>Reporters keep the claim's text, claimant and topics right; each kind of change has its own words.</summary>
    public static readonly CommandEntry Entry = CommandEntry
        .OnClaim<EditClaim>(NewsroomRole.Reporter, (claim, command, d) => Decide(claim, command, d.By, d.Now, d.Newsroom.Languages))
        .Wording<ClaimTextEdited>(e => $"{e.By.Name} {ClaimEditWords.TextEdited(e)} at {e.At:u}")
        .Wording<ClaimantChanged>(e => $"{e.By.Name} {ClaimEditWords.ClaimantChanged(e)} at {e.At:u}")
        .Wording<ClaimRetagged>(e => $"{e.By.Name} {ClaimEditWords.Retagged(e)} at {e.At:u}");

    /// <summary>Emits one event per kind of change, and none when nothing changed.</summary>
    public static IReadOnlyList<object> Decide(Claim claim, EditClaim command, Actor by, DateTimeOffset now, IReadOnlyList<string> languages)
    {
        var check = new InputCheck();
        ClaimFields.CheckText(check, command.Statement, command.Context, command.Language);
        ClaimFields.CheckLanguage(check, command.Language, languages, kept: claim.Language);
        ClaimFields.CheckClaimant(check, command.ClaimantName, command.ClaimantAffiliation);
        var topics = ClaimFields.CheckTopics(check, command.Topics);
        check.ThrowIfAny();

        var events = new List<object>();
        var (statement, context, language) = (command.Statement.Trim(), ClaimFields.Clean(command.Context), command.Language.Trim() == claim.Language ? claim.Language : NewsroomLanguages.Normal(command.Language));
        if (statement != claim.Statement || command.IsVerbatimQuote != claim.IsVerbatimQuote || context != claim.Context || language != claim.Language)
            events.Add(new ClaimTextEdited(claim.Id, statement, command.IsVerbatimQuote, context, language, by, now, ClaimText.Of(claim)));

        var claimant = new Claimant(command.ClaimantName.Trim(), command.ClaimantKind, ClaimFields.Clean(command.ClaimantAffiliation));
        if (claimant != claim.Claimant) events.Add(new ClaimantChanged(claim.Id, claim.Claimant, claimant, by, now));

        var added = topics.Where(t => !claim.Topics.Contains(t)).ToList();
        var removed = claim.Topics.Where(t => !topics.Contains(t)).ToList();
        if (added.Count + removed.Count > 0) events.Add(new ClaimRetagged(claim.Id, added, removed, by, now));
        return events;
    }
}
