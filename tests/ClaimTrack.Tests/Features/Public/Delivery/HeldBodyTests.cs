using ClaimTrack.Web.Features.Public.Delivery;

namespace ClaimTrack.Tests.Features.Public.Delivery;

/// <summary>A reader answer is held for its ETag, up to a limit; past it, everything streams through in order.</summary>
public sealed class HeldBodyTests
{
    [Fact]
    public async Task An_answer_under_the_limit_is_held_and_flushes_send_nothing()
    {
        var sent = new MemoryStream();
        await using var held = new HeldBody(sent, limit: 10);

        await held.WriteAsync("hello"u8.ToArray());
        await held.FlushAsync();
        await held.WriteAsync("world"u8.ToArray());

        sent.Length.ShouldBe(0);
        held.StreamedThrough.ShouldBeFalse();
        held.Held.ToArray().ShouldBe("helloworld"u8.ToArray());
    }

    [Fact]
    public async Task An_answer_past_the_limit_streams_through_whole_and_in_order()
    {
        var sent = new MemoryStream();
        await using var held = new HeldBody(sent, limit: 10);

        await held.WriteAsync("hello"u8.ToArray());
        await held.WriteAsync("world!"u8.ToArray());
        held.Write("?"u8.ToArray(), 0, 1);

        held.StreamedThrough.ShouldBeTrue();
        sent.ToArray().ShouldBe("helloworld!?"u8.ToArray());
    }
}
