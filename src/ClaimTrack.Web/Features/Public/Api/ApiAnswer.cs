using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Public.Api;

/// <summary>
/// An API answer: the JSON bytes, serialized with the app's API options. Its ETag and the 304 for a client that holds
/// it come from the reader delivery layer (Features/Public/Delivery), as for every reader answer: a strong tag per
/// encoding, stored with the cached answer, so a revalidation is answered from memory.
/// </summary>
public static class ApiAnswer
{
    public static IResult Json<T>(HttpContext http, T value)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        return Results.Bytes(JsonSerializer.SerializeToUtf8Bytes(value, options), "application/json; charset=utf-8");
    }
}
