using ClaimTrack.Web.Components;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Archive;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Scheduling;
using ClaimTrack.Web.Features.DemoNewsroom;
using ClaimTrack.Web.Features.Desk;
using ClaimTrack.Web.Features.Desk.Notifications;
using ClaimTrack.Web.Features.Intake;
using ClaimTrack.Web.Features.Public;
using ClaimTrack.Web.Features.Public.Api;
using ClaimTrack.Web.Features.Public.Delivery;
using ClaimTrack.Web.Features.Public.Languages;
using ClaimTrack.Web.Features.ReaderRequests;
using ClaimTrack.Web.Features.Webhooks;
using ClaimTrack.Web.Infrastructure;
using ClaimTrack.Web.Infrastructure.Maintenance;
using ClaimTrack.Web.Infrastructure.Nodes;
using ClaimTrack.Web.Infrastructure.Observability;
using ClaimTrack.Web.Infrastructure.Postgres;
using ClaimTrack.Web.Infrastructure.Web;

WebApplicationBuilder? builder = null;
try
{
    builder = WebApplication.CreateBuilder(args);
    // Serves the built (fingerprinted, precompressed) assets when run from the build output, as ./deploy/run.sh does,
    // not only in Development; a published app has no manifest here and this does nothing.
    builder.WebHost.UseStaticWebAssets();
    // No "Server: Kestrel" on every response: it tells attackers what runs here and costs bytes on every cached page.
    builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
    // Metrics on a listener of their own (never the readers' port), OTLP when asked, JSON logs when asked.
    builder.AddClaimTrackObservability();
    // The claims and the address first: a setting the app cannot run with stops it before a database is started.
    builder.Services.AddClaims(builder.Configuration);
    builder.Services.AddPublicAddress(builder.Configuration);
    builder.Services.AddTrustedProxies(builder.Configuration);
    builder.Services.AddClaimTrackNodes(builder.Configuration);
    await builder.AddClaimTrackStoreAsync();
    builder.Services.AddDemoNewsroom(builder.Configuration);
    builder.Services.AddPublicSite(builder.Configuration);
    builder.Services.AddAccounts(builder.Configuration);
    builder.Services.AddDesk();
    builder.Services.AddDeskNotes(builder.Configuration);
    builder.Services.AddSimilarClaims();
    builder.Services.AddWebhooks(builder.Configuration);
    builder.Services.AddEvidenceArchive();
    builder.Services.AddScheduledPublishing(builder.Configuration);
    builder.Services.AddReaderRequests(builder.Configuration);
    builder.Services.AddClaimTrackHealth();
    builder.Services.AddRequestLimits();

    var app = builder.Build();
    // An operator's command over the same settings and store: no web host is started (see docs/operations.md).
    if (ReadModelRebuild.IsRequested(args)) return await ReadModelRebuild.RunAsync(app.Services, Console.Out);
    // First of all: behind a configured proxy, everything after sees the reader's own address and scheme.
    app.UseTrustedProxies();
    // Before anything reads the Host header or the path: a bad one is a 400 with a sentence, never a 500 further on.
    app.UseHostileRequestCheck();
    // A Host naming another site is refused: every absolute link is built from the one public address.
    app.UsePublicHostCheck();
    // The output cache goes first: a cached reader page then costs one lookup, not the desk's authentication,
    // antiforgery and status-code middleware (public pages are the same for everyone, signed in or not).
    // Reader pages in other languages live under /{language}: routed as the unprefixed page (docs/languages.md).
    app.UseReaderLanguagePrefix();
    app.UseRouting();
    app.UseReaderLanguages();
    // CORS for the read API before the cache: a stored answer served to another origin still says it may read it.
    app.UseReadApiCors();
    app.UseOutputCache();
    // Reader answers are compressed and tagged here, inside the cache, so it stores them that way: a hit does neither.
    app.UseReaderDelivery();
    app.UseStatusCodePages();
    app.UseDeskHeaders();
    // Limits after the output cache: a cached page (a search already answered included) is served without counting.
    // Before authentication and antiforgery, so a refused sign-in costs no more than its form. See docs/security.md.
    app.UseSignInFormBeforeLimits();
    app.UseRequestLimits();
    app.MapStaticAssets();
    app.UseAuthentication();
    // A signed-in person's desk speaks their chosen language; reader pages take theirs from the address.
    app.UseDeskLanguage();
    app.UseAuthorization();
    app.UseAntiforgery();
    app.MapPublicSite();
    app.MapReaderIntake();
    // The desk and the account pages share one shell (App.razor): every page behind a role, checked on the server.
    // Its own frame-ancestors policy would be a second CSP header; DeskHeaders sends the one policy instead.
    app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);
    app.MapAccounts();
    app.MapClaimTrackHealth();
    // An in-memory test host listens nowhere: it has nothing to announce.
    app.Lifetime.ApplicationStarted.Register(() =>
    {
        var addresses = app.ListeningAddresses().ToList();
        if (addresses.Count == 0) return;
        Console.WriteLine(
            $"ClaimTrack is running at {string.Join(", ", addresses)} (Ctrl+C stops it; in the background, kill {Environment.ProcessId}).");
    });

    await app.RunAsync();
    return 0;
}
catch (Exception problem) when (problem is EmbeddedPostgresException or NewsroomSettingInvalid or WebSettingInvalid or NodeSettingInvalid)
{
    // One plain sentence naming the cause and the fix; the details are in the inner exception when someone needs them.
    await Console.Error.WriteLineAsync($"ClaimTrack could not start: {problem.Message}");
    return 1;
}
catch (IOException problem) when (problem.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
{
    // Kestrel's own message names the address; the fix is the operator's choice of another one.
    await Console.Error.WriteLineAsync(
        $"ClaimTrack could not start: {problem.Message.TrimEnd('.')}: another program listens there. Stop it, or give the app " +
        "another address (--urls http://127.0.0.1:5001, or ASPNETCORE_URLS).");
    return 1;
}
finally
{
    // The app's own PostgreSQL started before anything else could fail: a failed start must not leave it running.
    // After a normal run it has stopped already (EmbeddedPostgresLifetime); stopping twice does nothing.
    if (((IHostApplicationBuilder?)builder)?.Properties.TryGetValue(typeof(EmbeddedPostgres), out var started) == true)
        await ((EmbeddedPostgres)started).StopAsync(CancellationToken.None);
}

public partial class Program;
