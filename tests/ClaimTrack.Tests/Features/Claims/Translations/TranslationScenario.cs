using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Translations;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Claims.Translations;

/// <summary>Histories of a published claim with a Spanish translation proposed, approved or withdrawn.</summary>
public static class TranslationScenario
{
    public static ProposeTranslation Spanish(string statement = "La participación fue la más alta en cuarenta años.") =>
        new(ChangeId, "es", $"  {statement} ", " ", "No es un récord de cuarenta años.", "La participación fue del **71 %**.");

    /// <summary>Published, with the Spanish translation proposed by the reporter and waiting for review.</summary>
    public static object[] TranslationWaiting() => Proposing(PublishedHistory(), Spanish());

    /// <summary>Published, with the Spanish translation approved by another editor.</summary>
    public static object[] Translated() => Reviewed(PublishedHistory(), Spanish());

    public static PublicChangeProposed Proposal(object[] history) => (PublicChangeProposed)history[^1];
}
