using System.Text;
using ClaimTrack.Web.Features.Public.Api;
using Microsoft.AspNetCore.Http;

namespace ClaimTrack.Tests.Features.Public.Api;

public sealed class ApiAnswerTests
{
    private static readonly Microsoft.Net.Http.Headers.EntityTagHeaderValue Tag = ApiAnswer.TagOf(Encoding.UTF8.GetBytes("{\"claims\":[]}"));

    private static HttpRequest Asking(string? ifNoneMatch)
    {
        var http = new DefaultHttpContext();
        if (ifNoneMatch is not null) http.Request.Headers.IfNoneMatch = ifNoneMatch;
        return http.Request;
    }

    [Fact]
    public void The_tag_is_weak_and_changes_with_the_bytes()
    {
        Tag.IsWeak.ShouldBeTrue();
        ApiAnswer.TagOf(Encoding.UTF8.GetBytes("{\"claims\":[1]}")).ShouldNotBe(Tag);
        ApiAnswer.TagOf(Encoding.UTF8.GetBytes("{\"claims\":[]}")).ShouldBe(Tag);
    }

    [Fact]
    public void A_client_holds_the_answer_when_it_names_the_tag_weakly_or_strongly_or_asks_for_any()
    {
        ApiAnswer.AlreadyHeld(Asking(Tag.ToString()), Tag).ShouldBeTrue();
        ApiAnswer.AlreadyHeld(Asking(Tag.Tag.ToString()), Tag).ShouldBeTrue();
        ApiAnswer.AlreadyHeld(Asking($"W/\"other\", {Tag}"), Tag).ShouldBeTrue();
        ApiAnswer.AlreadyHeld(Asking("*"), Tag).ShouldBeTrue();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("W/\"other\"")]
    [InlineData("not a tag at all")]
    public void Otherwise_it_does_not(string? header) => ApiAnswer.AlreadyHeld(Asking(header), Tag).ShouldBeFalse();
}
