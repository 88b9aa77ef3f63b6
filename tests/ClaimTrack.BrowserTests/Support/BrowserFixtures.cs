using ClaimTrack.IntegrationTests.Support;

[assembly: AssemblyFixture(typeof(ClaimTrack.BrowserTests.Support.ChromiumFixture))]

namespace ClaimTrack.BrowserTests.Support;

/// <summary>One Chromium for the whole run; every journey opens contexts of its own (separate cookies, like separate people).</summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        // Two shared cores: a busy machine answers in seconds, not milliseconds; a missing element still fails.
        Assertions.SetDefaultExpectTimeout(15_000);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(Playwright);
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        Playwright?.Dispose();
    }
}

/// <summary>The newsroom the journeys share: one app over one database, demo accounts included.</summary>
public sealed class NewsroomFixture(TestCluster cluster) : IAsyncLifetime
{
    public NewsroomServer Server { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Server = await NewsroomServer.StartAsync(cluster, "browser");

    public async ValueTask DisposeAsync()
    {
        if (Server is not null) await Server.DisposeAsync();
    }
}

/// <summary>Journeys run one after another: two cores, one browser, and what one person sees must not depend on timing.</summary>
[CollectionDefinition(Name)]
public sealed class NewsroomCollection : ICollectionFixture<NewsroomFixture>
{
    public const string Name = "newsroom";
}
