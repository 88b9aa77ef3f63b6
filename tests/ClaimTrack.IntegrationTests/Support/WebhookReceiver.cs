using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClaimTrack.IntegrationTests.Support;

/// <summary>
/// A partner's webhook endpoint, on a loopback port of its own (Kestrel): it keeps every request it gets, and answers
/// each with the status code <c>answer</c> gives for it (the first request is number 1).
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    public sealed record Request(byte[] Body, IReadOnlyDictionary<string, string> Headers, DateTimeOffset At)
    {
        public string Text => System.Text.Encoding.UTF8.GetString(Body);
        public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : "";
    }

    private readonly ConcurrentQueue<Request> _requests = new();
    private readonly WebApplication _app;
    private int _count;

    private WebhookReceiver(Func<int, int> answer, TimeSpan delay)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseSetting("urls", "http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapPost("/hook", async (HttpContext http) =>
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body);
            var number = Interlocked.Increment(ref _count);
            if (delay > TimeSpan.Zero) await Task.Delay(delay);
            _requests.Enqueue(new Request(body.ToArray(), http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), DateTimeOffset.UtcNow));
            return Results.StatusCode(answer(number));
        });
    }

    public IReadOnlyList<Request> Requests => [.. _requests];

    public Uri Address { get; private set; } = null!;

    public static async Task<WebhookReceiver> StartAsync(Func<int, int>? answer = null, TimeSpan? delay = null)
    {
        var receiver = new WebhookReceiver(answer ?? (_ => 200), delay ?? TimeSpan.Zero);
        await receiver._app.StartAsync();
        var bound = receiver._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Address = new Uri(new Uri(bound), "/hook");
        return receiver;
    }

    /// <summary>An address on loopback where nothing listens: every connection is refused.</summary>
    public static Uri DeadAddress()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/hook");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
