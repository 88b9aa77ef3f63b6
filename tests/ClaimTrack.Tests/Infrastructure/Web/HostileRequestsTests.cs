using ClaimTrack.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ClaimTrack.Tests.Infrastructure.Web;

public sealed class HostileRequestsTests
{
    [Theory]
    [InlineData("localhost")]
    [InlineData("localhost:5000")]
    [InlineData("claimtrack.example.org")]
    [InlineData("claimtrack.example.org:65535")]
    [InlineData("127.0.0.1:1")]
    [InlineData("[::1]")]
    [InlineData("[::1]:8080")]
    [InlineData("xn--bcher-kva.example")]
    public void Real_hosts_pass(string host) => HostileRequests.IsValidHost(host).ShouldBeTrue();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("localhost:99999")]
    [InlineData("localhost:0")]
    [InlineData("localhost:")]
    [InlineData("localhost:-1")]
    [InlineData("localhost:8o")]
    [InlineData("bad host")]
    [InlineData("a/b")]
    [InlineData("bücher.example")]
    [InlineData("a\0b")]
    [InlineData(":80")]
    public void Broken_hosts_are_refused(string? host) => HostileRequests.IsValidHost(host).ShouldBeFalse();

    [Fact]
    public void A_host_longer_than_a_dns_name_is_refused() =>
        HostileRequests.IsValidHost(string.Join('.', Enumerable.Repeat(new string('a', 60), 5))).ShouldBeFalse();

    [Theory]
    [InlineData("", 400)]
    [InlineData("localhost:99999", 400)]
    [InlineData("localhost", 200)]
    public async Task The_middleware_answers_400_before_the_app_runs(string host, int status)
    {
        var app = new ApplicationBuilder(new EmptyServices());
        app.UseHostileRequestCheck();
        app.Run(context => { context.Response.StatusCode = 200; return Task.CompletedTask; });
        var context = new DefaultHttpContext();
        context.Request.Headers.Host = host;
        context.Response.Body = new MemoryStream();

        await app.Build()(context);

        context.Response.StatusCode.ShouldBe(status);
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
