using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.ReaderRequests;
using ClaimTrack.Web.Features.ReaderRequests.Privacy;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ClaimTrack.IntegrationTests.Features.ReaderRequests.Privacy;

/// <summary>
/// An app whose clock the test moves (the retention period is 90 days: a test advances time instead of waiting), whose
/// reader forms take a post at once, and a way to look for an address in every row of every table.
/// </summary>
public sealed class ReaderEmailsApp(TestCluster cluster) : IAsyncLifetime
{
    public const int RetentionDays = 90;
    public static readonly Actor Editor = new("editor-1", "Amir Haddad");

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
    public ClaimTrackApp App { get; private set; } = null!;
    private string _connectionString = "";

    public async ValueTask InitializeAsync()
    {
        _connectionString = await cluster.CreateDatabaseAsync("readeremails");
        App = new ClaimTrackApp(_connectionString, settings: new Dictionary<string, string>
        {
            ["ClaimTrack:Intake:MinSecondsToSubmit"] = "0",
            ["ClaimTrack:RateLimits:ReaderFormsPerAddress"] = "0",
            ["ClaimTrack:ReaderRequests:EmailRetentionDays"] = $"{RetentionDays}",
            // The worker's own rounds run at start and when a triage step rings; the tests run theirs.
            ["ClaimTrack:ReaderRequests:ErasePollMinutes"] = "1440",
        })
        {
            ExtraServices = services =>
            {
                services.AddSingleton<TimeProvider>(Clock);
                services.AddTransient<IStartupFilter, ClientAddresses>();
            },
        };
        _ = App.Services;
    }

    public EmailRetentionWorker Retention => App.Services.GetRequiredService<EmailRetentionWorker>();

    /// <summary>The tables (of every table in the database) with a row whose text holds <paramref name="text"/>.</summary>
    public async Task<IReadOnlyList<string>> TablesHoldingAsync(string text) =>
        [.. (await DatabaseContents.AllAsync(_connectionString)).Where(t => t.Value.Any(row => row.Contains(text, StringComparison.OrdinalIgnoreCase))).Select(t => t.Key)];

    public async Task<ReaderRequest> RequestAsync(string statusPath)
    {
        await using var session = App.Store.QuerySession();
        var hash = StatusToken.Hash(statusPath["/requests/".Length..]);
        return await session.Query<ReaderRequest>().SingleAsync(r => r.TokenHash == hash);
    }

    public async Task<ReaderRequest> LoadAsync(Guid requestId)
    {
        await using var session = App.Store.QuerySession();
        return (await session.LoadAsync<ReaderRequest>(requestId))!;
    }

    public async Task<IReadOnlyList<object>> EventsAsync(Guid requestId)
    {
        await using var session = App.Store.QuerySession();
        return [.. (await session.Events.FetchStreamAsync(requestId)).Select(e => e.Data)];
    }

    /// <summary>A triage step as the desk takes it (the desk's roles are tested with the desk).</summary>
    public Task<ReaderRequest> DecideAsync(ReaderRequest request, Func<ReaderRequest, DateTimeOffset, object> decide) =>
        App.Services.GetRequiredService<IntakeWriter>().DecideAsync(request.Id, request.Version, decide);

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
