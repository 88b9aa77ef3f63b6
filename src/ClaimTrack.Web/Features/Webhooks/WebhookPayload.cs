using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimTrack.Web.Features.Webhooks;

/// <summary>
/// The JSON body of a delivery (docs/open-data.md, "Webhooks"). Written once, when the delivery is stored: the
/// signature covers these exact bytes, and every retry sends them again unchanged.
/// </summary>
public sealed record WebhookPayload(
    [property: JsonPropertyName("deliveryId")] Guid DeliveryId,
    [property: JsonPropertyName("event")] string Event,
    [property: JsonPropertyName("claimId")] Guid? ClaimId,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("rating")] string? Rating,
    [property: JsonPropertyName("occurredAt")] DateTimeOffset OccurredAt)
{
    private static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public static WebhookPayload? Read(string json) => JsonSerializer.Deserialize<WebhookPayload>(json, Options);
}
