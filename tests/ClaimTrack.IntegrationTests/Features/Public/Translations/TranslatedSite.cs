using System.Globalization;
using ClaimTrack.IntegrationTests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.Public.Translations;

/// <summary>
/// The app with a stand-in for the reader's language prefix: a request for /es/... is served as ... with the Spanish
/// culture, the way the reader localization (ASP.NET Core's RequestLocalization behind the /es/ prefix) will serve it.
/// The prefix goes to PathBase, so the output cache keeps the Spanish page apart from the English one.
/// </summary>
public sealed class TranslatedSite(TestCluster cluster) : IAsyncLifetime
{
    public ClaimTrackApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        App = new ClaimTrackApp(await cluster.CreateDatabaseAsync("translations"))
        {
            ExtraServices = services => services.AddTransient<IStartupFilter, SpanishPrefix>(),
        };
        _ = App.Services;
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();

    private sealed class SpanishPrefix : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, inner) =>
            {
                if (http.Request.Path.StartsWithSegments("/es", out var rest))
                {
                    (http.Request.PathBase, http.Request.Path) = ("/es", rest);
                    CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es");
                }
                return inner(http);
            });
            next(app);
        };
    }
}
