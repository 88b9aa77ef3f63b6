using ClaimTrack.Web.Features.Claims.Publication;
using ClaimTrack.Web.Features.Claims.Writing;

namespace ClaimTrack.Web.Features.Claims.Translations;

/// <summary>Asks for a translation to leave every reader page; the reason says why.</summary>
public sealed record WithdrawTranslation(Guid ChangeId, string Language, string Reason);

public static class WithdrawTranslationDecision
{
    /// <summary>Taking words away from readers is a public change too: proposed by anyone who edits, approved by another Editor.</summary>
    public static readonly CommandEntry Entry = CommandEntry
        .OnClaim<WithdrawTranslation>(NewsroomRole.Reporter, (claim, command, d) => [Decide(claim, command, d.By, d.Now)])
        .AlsoProduces<PublicChangeProposed>();

    public static PublicChangeProposed Decide(Claim claim, WithdrawTranslation command, Actor by, DateTimeOffset now)
    {
        new InputCheck().Required("Reason", command.Reason, InputLimits.Reason, "Why the translation is withdrawn").ThrowIfAny();
        var translation = claim.Translations.Find(t => t.IsIn((command.Language ?? "").Trim()))
            ?? throw new ClaimRuleBroken("TranslationNoneToWithdraw", $"Readers have no {command.Language} translation of this fact check to withdraw.", command.Language);
        PublicChangeRules.NoneWaiting(claim);
        return new PublicChangeProposed(claim.Id, command.ChangeId, PublicChangeKind.TranslationWithdrawal, command.Reason.Trim(),
            null, null, null, by, now, translation);
    }
}
