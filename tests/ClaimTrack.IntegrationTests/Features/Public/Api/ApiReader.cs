using System.Net;
using System.Text.Json;
using ClaimTrack.IntegrationTests.Support;

namespace ClaimTrack.IntegrationTests.Features.Public.Api;

/// <summary>A machine reading the API as an anonymous reader: JSON answers, no cookie, every page of a list.</summary>
public static class ApiReader
{
    public static async Task<JsonElement> JsonAsync(this Reader reader, string path)
    {
        var (response, body) = await reader.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {path}: {body}");
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/json");
        response.Headers.Contains("Set-Cookie").ShouldBeFalse($"GET {path} must not set a cookie");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Follows 'next' from the first page to the last and returns every claim's id, in order.</summary>
    public static async Task<List<Guid>> AllClaimIdsAsync(this Reader reader, string firstPage)
    {
        var ids = new List<Guid>();
        for (var path = firstPage; path is not null;)
        {
            var page = await reader.JsonAsync(path);
            ids.AddRange(page.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()));
            path = page.GetProperty("next").GetString() is { } next ? new Uri(next).PathAndQuery : null;
            ids.Count.ShouldBeLessThan(1000, "the walk must end");
        }
        return ids;
    }

    public static async Task<JsonElement> ProblemAsync(this Reader reader, string path, HttpStatusCode status)
    {
        var (response, body) = await reader.GetAsync(path);
        response.StatusCode.ShouldBe(status, $"GET {path}: {body}");
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", $"GET {path}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static string Unique(string prefix) => $"{prefix} {Guid.NewGuid():N}"[..(prefix.Length + 9)];
}
