using ClaimTrack.IntegrationTests.Features.Public;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.ReaderRequests;
using ClaimTrack.Web.Infrastructure.Observability;

namespace ClaimTrack.IntegrationTests.Infrastructure.Observability;

/// <summary>A command Marten fails to run is logged with its SQL, never with the values it carried (a reader's email).</summary>
public sealed class MartenFailureLogTests(TestCluster cluster)
{
    [Fact]
    public async Task A_failed_save_is_logged_without_the_personal_data_it_carried()
    {
        var errors = new ErrorLog();
        await using var app = new ClaimTrackApp(await cluster.CreateDatabaseAsync("martenlog"),
            settings: new Dictionary<string, string> { ["Logging:LogLevel:Marten"] = "Error" })
        { ExtraLogs = errors };
        // Marten's own logger writes a failed command's values; the app's replaces it (values: MartenFailureLogTests in
        // ClaimTrack.Tests).
        ((Marten.StoreOptions)app.Store.Options).Logger().ShouldBeOfType<MartenFailureLog>();
        var first = new ReaderRequest { Id = Guid.NewGuid(), TokenHash = "SAME", Text = "First", Email = "first@example.org" };
        await using (var session = app.Store.LightweightSession())
        {
            session.Store(first);
            await session.SaveChangesAsync();
        }

        // The status token's hash is unique: a second request with the same hash is refused by PostgreSQL.
        var email = $"never-logged-{Guid.NewGuid():N}@example.org";
        await using (var session = app.Store.LightweightSession())
        {
            session.Store(new ReaderRequest { Id = Guid.NewGuid(), TokenHash = "SAME", Text = "Second", Email = email });
            await Should.ThrowAsync<Exception>(() => session.SaveChangesAsync());
        }

        errors.Entries.ShouldContain(e => e.Contains("Marten encountered an exception", StringComparison.Ordinal) && e.Contains("readerrequest", StringComparison.OrdinalIgnoreCase));
        errors.Entries.ShouldNotContain(e => e.Contains(email, StringComparison.OrdinalIgnoreCase));
        errors.Entries.ShouldNotContain(e => e.Contains("Second", StringComparison.Ordinal));
    }
}
