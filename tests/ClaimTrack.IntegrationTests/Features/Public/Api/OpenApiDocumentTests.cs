using System.Net;
using ClaimTrack.IntegrationTests.Support;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace ClaimTrack.IntegrationTests.Features.Public.Api;

/// <summary>The OpenAPI document parses, names every endpoint with its parameters and answers, and the /api page lists them.</summary>
public sealed class OpenApiDocumentTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>, IDisposable
{
    private readonly Reader _reader = new(db.App);

    public static TheoryData<string, string[]> Endpoints => new()
    {
        { "/api/v1", [] },
        { "/api/v1/claims", ["updatedSince", "claimant", "topic", "rating", "size", "cursor", "includeRetracted", "language"] },
        { "/api/v1/claims/{id}", ["id"] },
        { "/api/v1/claimants", ["page", "size"] },
        { "/api/v1/topics", ["page", "size"] },
        { "/api/v1/ratings", [] },
    };

    private async Task<OpenApiDocument> DocumentAsync()
    {
        var (response, body) = await _reader.GetAsync("/openapi/v1.json");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var read = OpenApiDocument.Parse(body, "json", new OpenApiReaderSettings());
        read.Diagnostic!.Errors.ShouldBeEmpty(string.Join("; ", read.Diagnostic.Errors.Select(e => $"{e.Pointer}: {e.Message}")));
        // And against the specification's own rules (required fields, unique operation ids, valid references...).
        var errors = read.Document!.Validate(ValidationRuleSet.GetDefaultRuleSet())?.ToList() ?? [];
        errors.ShouldBeEmpty(string.Join("; ", errors.Select(e => $"{e.Pointer}: {e.Message}")));
        return read.Document!;
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Every_endpoint_is_described_with_its_parameters_and_answer(string path, string[] parameters)
    {
        var document = await DocumentAsync();

        document.Paths.Keys.ShouldContain(path);
        var get = document.Paths[path].Operations![HttpMethod.Get];
        get.Summary.ShouldNotBeNullOrWhiteSpace();
        (get.Parameters ?? []).Select(p => p.Name).ShouldBe(parameters, ignoreOrder: true);
        foreach (var parameter in get.Parameters ?? []) parameter.Description.ShouldNotBeNullOrWhiteSpace(parameter.Name);
        get.Responses!["200"].Content!.Keys.ShouldContain("application/json");
        (await _reader.PageAsync("/api")).ShouldContain($"GET {path}");
    }

    [Fact]
    public async Task The_document_names_the_public_address_and_only_the_api()
    {
        var document = await DocumentAsync();

        document.Info.Title.ShouldNotBeNullOrWhiteSpace();
        document.Servers!.Select(s => s.Url).ShouldBe(["http://localhost"]);
        document.Paths.Keys.ShouldAllBe(p => p.StartsWith("/api/v1", StringComparison.Ordinal));
        var claim = document.Components!.Schemas!["ApiClaim"];
        claim.Properties!.Keys.ShouldContain("timeline");
        document.Components.Schemas["ApiTimelineEntry"].Properties!["kind"].Enum!.Select(e => e.ToString())
            .ShouldContain("retraction");
    }

    [Fact]
    public async Task The_short_address_leads_to_the_document_and_the_reference_page_links_it()
    {
        var (response, _) = await _reader.GetAsync("/openapi.json");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/openapi/v1.json");

        var page = await _reader.PageAsync("/api");
        page.ShouldContain("href=\"/openapi/v1.json\"");
        page.ShouldNotContain("<script");
    }

    public void Dispose() => _reader.Dispose();
}
