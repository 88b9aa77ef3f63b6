using ClaimTrack.Web.Features.Claims.Publication;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Claims.Publication;

public sealed class PublishedContentTests
{
    [Fact]
    public void Readers_see_standing_evidence_only_and_the_approved_verdict()
    {
        var withdrawn = Guid.NewGuid();
        var claim = Given([.. Approvable(), EvidenceAttached(withdrawn, "Leaked memo"), EvidenceWithdrawn(withdrawn)]);

        var content = PublishedContent.From(claim, claim.Current!, claim.Timeline);

        content.Evidence.Select(e => e.Id).ShouldBe([EvidenceId]);
        content.Verdict.ShouldBe(new PublishedVerdict(VerdictId, "false", Text().Summary, Text().Reasoning, Now.AddDays(-1)));
        content.Appearances.ShouldHaveSingleItem().IsFirst.ShouldBeTrue();
    }

    [Fact]
    public void Facets_count_the_claim_under_claimant_and_topic_slugs_and_its_rating()
    {
        var claim = Given([Registered("José Pérez", "Salud pública", "Economía"), .. Approvable().Skip(1)]);

        var facets = PublishedContent.From(claim, claim.Current!, claim.Timeline).Facets;

        facets.ClaimantSlug.ShouldBe("jose-perez");
        facets.TopicSlugs.ShouldBe(["salud-publica", "economia"]);
        facets.Rating.ShouldBe("false");
    }
}
