using ClaimTrack.Web.Infrastructure.Postgres;

namespace ClaimTrack.Tests.Infrastructure.Postgres;

public sealed class HostAuthenticationTests
{
    // The rules initdb --auth=trust wrote for clusters of older ClaimTrack versions (comments shortened).
    private const string OldRules = """
        # TYPE  DATABASE        USER            ADDRESS                 METHOD

        # "local" is for Unix domain socket connections only
        local   all             all                                     trust
        # IPv4 local connections:
        host    all             all             127.0.0.1/32            trust
        # IPv6 local connections:
        host    all             all             ::1/128                 trust
        host    replication     all             127.0.0.1/32            trust
        """;

    [Fact]
    public void Rules_of_an_older_cluster_trust_anyone() => HostAuthentication.TrustsAnyone(OldRules).ShouldBeTrue();

    [Fact]
    public void Every_trusting_rule_asks_for_the_password_and_keeps_its_place()
    {
        var rules = HostAuthentication.RequiringPasswords(OldRules);

        HostAuthentication.TrustsAnyone(rules).ShouldBeFalse();
        rules.Split('\n').ShouldBe([
            "# TYPE  DATABASE        USER            ADDRESS                 METHOD",
            "",
            "# \"local\" is for Unix domain socket connections only",
            "local all all scram-sha-256",
            "# IPv4 local connections:",
            "host all all 127.0.0.1/32 scram-sha-256",
            "# IPv6 local connections:",
            "host all all ::1/128 scram-sha-256",
            "host replication all 127.0.0.1/32 scram-sha-256",
        ]);
    }

    [Theory]
    [InlineData("# host all all 0.0.0.0/0 trust")]
    [InlineData("host trust all 127.0.0.1/32 scram-sha-256")]
    [InlineData("host all all 127.0.0.1/32 scram-sha-256 # not trust")]
    public void Comments_and_names_that_say_trust_are_not_trust(string rule)
    {
        HostAuthentication.TrustsAnyone(rule).ShouldBeFalse();
        HostAuthentication.RequiringPasswords(rule).ShouldBe(rule);
    }

    [Fact]
    public void Options_after_the_method_stay() =>
        HostAuthentication.RequiringPasswords("host all all 10.0.0.0/8 trust clientcert=verify-full")
            .ShouldBe("host all all 10.0.0.0/8 scram-sha-256 clientcert=verify-full");
}
