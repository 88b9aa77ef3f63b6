using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Appearances;

namespace ClaimTrack.IntegrationTests.Features.Claims.Appearances;

/// <summary>Appearance changes to a published claim reach readers, and ClaimReview, with the next approved update.</summary>
public sealed class AppearancesAfterPublicationTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>, IDisposable
{
    private readonly Reader _reader = new(db.App);

    [Fact]
    public async Task A_corrected_removed_and_older_appearance_show_after_the_next_publication()
    {
        var story = await new ClaimStories(db.App.Writer).PublishedAsync("Appearance Person");
        var path = Reader.ClaimPath(story);
        (await _reader.PageAsync(path)).ShouldContain("Evening News");

        await story.DoAsync(new RecordAppearance("Radio Uno", null, new DateOnly(2025, 2, 20), null), ClaimStories.Reporter);
        await story.DoAsync(new RecordAppearance("Wrong Outlet", null, new DateOnly(2025, 3, 2), null), ClaimStories.Reporter);
        var recorded = (await LoadAsync(story.ClaimId)).Appearances;
        await story.DoAsync(new CorrectAppearance(recorded[1].Id, "Radio Uno Live", "https://radio.example.org/live", new DateOnly(2025, 2, 20), null,
            "The live programme, not the repeat."), ClaimStories.Reporter);
        await story.DoAsync(new RemoveAppearance(recorded[2].Id, "Another claimant's words."), ClaimStories.Reporter);

        // Waiting for an approved update: readers still see what was published.
        var claim = await LoadAsync(story.ClaimId);
        (claim.HasUnpublishedChanges, claim.FirstAppearance!.Outlet).ShouldBe((true, "Radio Uno Live"));
        var before = await _reader.PageAsync(path);
        before.ShouldNotContain("Radio Uno Live");
        Reader.ClaimReview(before).RootElement.GetProperty("itemReviewed").GetProperty("datePublished").GetString().ShouldBe("2025-03-01");

        await story.UpdateAsync("The appearances were checked again.");

        var after = await _reader.PageAsync(path);
        after.ShouldContain("Radio Uno Live");
        after.ShouldNotContain("Wrong Outlet");
        using var markup = Reader.ClaimReview(after);
        var item = markup.RootElement.GetProperty("itemReviewed");
        item.GetProperty("datePublished").GetString().ShouldBe("2025-02-20");
        item.GetProperty("firstAppearance").GetProperty("url").GetString().ShouldBe("https://radio.example.org/live");
        item.GetProperty("appearance").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task An_appearance_an_editor_marks_first_is_the_first_after_publication()
    {
        var story = await new ClaimStories(db.App.Writer).PublishedAsync("Marked Person");
        await story.DoAsync(new RecordAppearance("Morning Radio", null, new DateOnly(2025, 3, 2), null), ClaimStories.Reporter);
        var radio = (await LoadAsync(story.ClaimId)).Appearances[1];

        await story.DoAsync(new MarkFirstAppearance(radio.Id, "The bulletin aired a recording of this interview."), ClaimStories.Editor);
        await story.UpdateAsync("The appearances were checked again.");

        (await LoadAsync(story.ClaimId)).FirstAppearance!.Outlet.ShouldBe("Morning Radio");
        using var markup = Reader.ClaimReview(await _reader.PageAsync(Reader.ClaimPath(story)));
        markup.RootElement.GetProperty("itemReviewed").GetProperty("firstAppearance").GetProperty("publisher").GetProperty("name")
            .GetString().ShouldBe("Morning Radio");
    }

    private async Task<Claim> LoadAsync(Guid id)
    {
        await using var session = db.App.Store.QuerySession();
        return (await session.LoadAsync<Claim>(id))!;
    }

    public void Dispose() => _reader.Dispose();
}
