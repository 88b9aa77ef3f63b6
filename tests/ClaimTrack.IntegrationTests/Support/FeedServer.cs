using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ClaimTrack.IntegrationTests.Support;

/// <summary>
/// Another fact-checker's site on 127.0.0.1 (Kestrel on a free port): serves the feeds and pages a test puts on it,
/// redirects where told, and records every path asked for, so a test can say whether the app fetched it at all.
/// </summary>
public sealed class FeedServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _answers = new();

    public ConcurrentQueue<string> Requested { get; } = new();
    public Uri Address { get; }

    private FeedServer(WebApplication app, Uri address) => (_app, Address) = (app, address);

    public static async Task<FeedServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FeedServer? server = null;
        app.Run(async http =>
        {
            server!.Requested.Enqueue(http.Request.Path);
            if (server._answers.TryGetValue(http.Request.Path, out var answer)) await answer(http);
            else http.Response.StatusCode = StatusCodes.Status404NotFound;
        });
        await app.StartAsync();
        server = new FeedServer(app, new Uri(app.Urls.First()));
        return server;
    }

    public Uri Url(string path) => new(Address, path);

    public FeedServer Serve(string path, string contentType, string body)
    {
        _answers[path] = async http =>
        {
            http.Response.ContentType = contentType;
            await http.Response.WriteAsync(body);
        };
        return this;
    }

    /// <summary>Answers the path however the test says (a slow answer, a status, bytes that change).</summary>
    public FeedServer Answer(string path, Func<HttpContext, Task> answer)
    {
        _answers[path] = answer;
        return this;
    }

    public FeedServer Redirect(string path, string location)
    {
        _answers[path] = http =>
        {
            http.Response.Redirect(location);
            return Task.CompletedTask;
        };
        return this;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
