using ClaimTrack.Web.Features.Claims;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Claims.Evidence;

public sealed class EvidenceDecisionTests
{
    [Fact]
    public void Evidence_is_attached_trimmed()
    {
        var details = Details(" Census table ") with { Publisher = " ", Excerpt = " 71% " };

        var attached = (EvidenceAttached)When(Given(Registered()), new AttachEvidence(Guid.NewGuid(), details)).Single();

        (attached.Details.Title, attached.Details.Publisher, attached.Details.Excerpt).ShouldBe(("Census table", null, "71%"));
    }

    [Fact]
    public void Evidence_needs_a_title_and_a_url_or_citation()
    {
        var details = Details("") with { Url = null, Citation = null };

        var act = () => When(Given(Registered()), new AttachEvidence(Guid.NewGuid(), details));

        act.ShouldThrow<ClaimInputInvalid>().Errors.Keys.ShouldBe(["Title", "Url"], ignoreOrder: true);
    }

    [Fact]
    public void A_citation_alone_is_enough()
    {
        var details = Details() with { Url = null, Citation = "Gaceta Oficial No. 39.858, 2012" };

        When(Given(Registered()), new AttachEvidence(Guid.NewGuid(), details)).ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    public void Evidence_urls_must_be_web_addresses(string url)
    {
        var act = () => When(Given(Registered()), new AttachEvidence(Guid.NewGuid(), Details() with { Url = url }));

        act.ShouldThrow<ClaimInputInvalid>().Errors.Keys.ShouldBe(["Url"]);
    }

    [Fact]
    public void Evidence_dated_in_the_future_and_unknown_kinds_are_refused()
    {
        var details = Details() with { PublishedOn = new DateOnly(2030, 1, 1), Kind = (EvidenceKind)42, Stance = (Stance)9 };

        var act = () => When(Given(Registered()), new AttachEvidence(Guid.NewGuid(), details));

        act.ShouldThrow<ClaimInputInvalid>().Errors.Keys.ShouldBe(["PublishedOn", "Kind", "Stance"], ignoreOrder: true);
    }

    [Fact]
    public void The_same_evidence_id_cannot_be_attached_twice()
    {
        var act = () => When(Given(Registered(), EvidenceAttached()), new AttachEvidence(EvidenceId, Details()));

        act.ShouldThrow<ClaimRuleBroken>();
    }

    [Fact]
    public void A_correction_of_evidence_needs_a_reason_and_a_change()
    {
        var claim = Given(Registered(), EvidenceAttached());

        Should.Throw<ClaimInputInvalid>(() => When(claim, new CorrectEvidence(EvidenceId, Details("Fixed"), ""))).Errors.Keys.ShouldBe(["Reason"]);
        Should.Throw<ClaimRuleBroken>(() => When(claim, new CorrectEvidence(EvidenceId, Details(), "No change")));
        var corrected = (EvidenceCorrected)When(claim, new CorrectEvidence(EvidenceId, Details("Fixed title"), "Typo")).Single();
        claim.Apply(corrected);
        claim.Evidence.Single().Details.Title.ShouldBe("Fixed title");
    }

    [Fact]
    public void Withdrawal_needs_a_reason_and_keeps_the_evidence_in_the_history()
    {
        var claim = Given(Registered(), EvidenceAttached());

        Should.Throw<ClaimInputInvalid>(() => When(claim, new WithdrawEvidence(EvidenceId, " ")));
        claim.Apply((EvidenceWithdrawn)When(claim, new WithdrawEvidence(EvidenceId, "Superseded by the final table.")).Single());

        var item = claim.Evidence.ShouldHaveSingleItem();
        (item.Withdrawn, item.WithdrawalReason).ShouldBe((true, "Superseded by the final table."));
    }

    [Fact]
    public void Withdrawn_evidence_cannot_be_corrected_or_withdrawn_again()
    {
        var claim = Given(Registered(), EvidenceAttached(), EvidenceWithdrawn());

        Should.Throw<ClaimRuleBroken>(() => When(claim, new CorrectEvidence(EvidenceId, Details("New"), "Fix"))).Message.ShouldContain("was withdrawn");
        Should.Throw<ClaimRuleBroken>(() => When(claim, new WithdrawEvidence(EvidenceId, "Again")));
    }

    [Fact]
    public void Unknown_evidence_cannot_be_corrected()
    {
        var act = () => When(Given(Registered()), new CorrectEvidence(Guid.NewGuid(), Details(), "Fix"));

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("no such piece of evidence");
    }
}
