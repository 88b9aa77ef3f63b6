using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ClaimTrack.IntegrationTests.Features.Claims.Scheduling;

/// <summary>An app node whose clock the test moves: the releaser sleeps on it, so a test advances time instead of waiting.</summary>
public static class ScheduledApp
{
    public static ClaimTrackApp Start(string connectionString, FakeTimeProvider clock, IReadOnlyDictionary<string, string>? settings = null)
    {
        var app = new ClaimTrackApp(connectionString, settings: settings)
        {
            ExtraServices = services => services.AddSingleton<TimeProvider>(clock),
        };
        _ = app.Services;
        return app;
    }

    /// <summary>A claim whose verdict waits for review, its steps a minute apart ending before the clock's now.</summary>
    public static async Task<ClaimStories> AwaitingReviewAsync(ClaimTrackApp app, FakeTimeProvider clock, string claimant, string topic)
    {
        var story = new ClaimStories(app.Writer) { Start = clock.GetUtcNow().AddHours(-1), Statement = $"{claimant} said turnout was the highest in forty years." };
        await story.RegisterAsync(claimant, topic);
        await story.AttachEvidenceAsync();
        return await story.ProposeAsync();
    }

    public static async Task<IReadOnlyList<Type>> EventTypesAsync(ClaimTrackApp app, Guid claimId)
    {
        await using var session = app.Store.QuerySession();
        return [.. (await session.Events.FetchStreamAsync(claimId)).Select(e => e.Data.GetType())];
    }

    public static int Count<T>(this IReadOnlyList<Type> events) => events.Count(t => t == typeof(T));

    public static Task<ClaimStories> ScheduleAsync(ClaimStories story, DateTimeOffset releaseAt) =>
        story.DoAsync(new SchedulePublication(story.VerdictId, releaseAt), ClaimStories.Editor);
}
