using ClaimTrack.Web.Features.Webhooks;

namespace ClaimTrack.Tests.Features.Webhooks;

/// <summary>Which addresses an Admin may register, under the default settings and the relaxed ones.</summary>
public sealed class TargetAddressTests
{
    private static readonly WebhookOptions Strict = new();

    [Fact]
    public void A_public_https_address_is_accepted() =>
        TargetAddress.Check(" https://partner.example.org/hooks/claimtrack?key=1 ", Strict).Target!.AbsoluteUri
            .ShouldBe("https://partner.example.org/hooks/claimtrack?key=1");

    [Theory]
    [InlineData("", "Give the address")]
    [InlineData("partner.example.org/hook", "full web address")]
    [InlineData("ftp://partner.example.org/hook", "full web address")]
    [InlineData("http://partner.example.org/hook", "must use https")]
    [InlineData("https://user:pw@partner.example.org/hook", "user name or password")]
    [InlineData("https://localhost/hook", "private network")]
    [InlineData("https://127.0.0.1:8080/hook", "private network")]
    [InlineData("https://[::1]/hook", "private network")]
    [InlineData("https://10.1.2.3/hook", "private network")]
    [InlineData("https://169.254.169.254/latest/meta-data", "private network")]
    [InlineData("https://[::ffff:192.168.1.1]/hook", "private network")]
    [InlineData("https://metadata.google.internal/", "private network")]
    public void Unsafe_or_unusable_addresses_are_refused_with_a_reason(string address, string reason)
    {
        var (target, refusal) = TargetAddress.Check(address, Strict);

        target.ShouldBeNull();
        refusal.ShouldNotBeNull().ShouldContain(reason);
    }

    [Fact]
    public void The_settings_can_allow_http_and_loopback_for_a_test_rig() =>
        TargetAddress.Check("http://127.0.0.1:5000/hook", new WebhookOptions { AllowHttp = true, AllowPrivateTargets = true }).Target.ShouldNotBeNull();
}
