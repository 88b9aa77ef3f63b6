using System.Text;
using ClaimTrack.Web.Features.Webhooks;

namespace ClaimTrack.Tests.Features.Webhooks;

public sealed class WebhookSignatureTests
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"event":"published"}""");

    [Fact]
    public void The_signature_is_the_hex_hmac_sha256_of_the_body_under_the_secret()
    {
        // Worked out independently: printf '{"event":"published"}' | openssl dgst -sha256 -hmac 'whsec_test'
        WebhookSignature.Of(Body, "whsec_test").ShouldBe("sha256=" + "32029aaaccfd9d245b5a691ab0ea3ed1c3811ba88d67064a17ab394fd94c68de");
    }

    [Fact]
    public void A_changed_body_or_another_secret_does_not_verify()
    {
        var header = WebhookSignature.Of(Body, "whsec_test");

        WebhookSignature.Verifies(Body, "whsec_test", header).ShouldBeTrue();
        WebhookSignature.Verifies(Encoding.UTF8.GetBytes("""{"event":"retracted"}"""), "whsec_test", header).ShouldBeFalse();
        WebhookSignature.Verifies(Body, "whsec_other", header).ShouldBeFalse();
        WebhookSignature.Verifies(Body, "whsec_test", null).ShouldBeFalse();
    }

    [Fact]
    public void Each_new_secret_is_different_and_long()
    {
        var (one, two) = (WebhookSignature.NewSecret(), WebhookSignature.NewSecret());

        one.ShouldNotBe(two);
        one.ShouldStartWith("whsec_");
        one.Length.ShouldBeGreaterThanOrEqualTo(40);
    }
}
