using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Webhooks;

/// <summary>One try: the frozen body POSTed with its signature and the delivery's headers, within the timeout.</summary>
internal sealed class DeliveryPost(IHttpClientFactory clients, IOptions<WebhookOptions> options, TimeProvider clock)
{
    public const string Client = "webhooks";
    public const string TimestampHeader = "X-ClaimTrack-Timestamp";
    public const string EventHeader = "X-ClaimTrack-Event";
    public const string DeliveryHeader = "X-ClaimTrack-Delivery";

    /// <returns>The answer's status code, or null and the reason there was none.</returns>
    public async Task<(int? Status, string? Error)> SendAsync(string address, WebhookDelivery delivery, byte[] body, string secret, CancellationToken stopping)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        timeout.CancelAfter(options.Value.Timeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, address) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Of(body, secret));
        request.Headers.Add(TimestampHeader, clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(EventHeader, delivery.Event);
        request.Headers.Add(DeliveryHeader, delivery.Id.ToString());
        request.Headers.UserAgent.ParseAdd("ClaimTrack-Webhooks/1");
        try
        {
            // Headers only: the receiver's body is not ours to store, and a huge one must not cost the sender.
            using var response = await clients.CreateClient(Client).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return ((int)response.StatusCode, null);
        }
        catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
        {
            return (null, $"No answer within {options.Value.Timeout.TotalSeconds:0.#} s.");
        }
        catch (HttpRequestException e)
        {
            return (null, Refusal(e) ?? $"{e.HttpRequestError}: {e.Message}");
        }
    }

    private static string? Refusal(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
            if (inner is TargetRefused refused) return refused.Message;
        return null;
    }
}
