using ClaimTrack.Web.Infrastructure.Web;

namespace ClaimTrack.Web.Features.Public.Api;

public static class ApiIndexEndpoint
{
    public static IResult Handle(HttpContext http, PublicAddress address) => ApiAnswer.Json(http, new ApiIndex(
        "ClaimTrack read API, version 1",
        $"{address.BaseUrl}/api",
        $"{address.BaseUrl}{ApiDocument.Path}",
        new Dictionary<string, string>
        {
            ["claims"] = $"{address.BaseUrl}{ApiClaims.Base}/claims",
            ["claim"] = $"{address.BaseUrl}{ApiClaims.Base}/claims/{{id}}",
            ["claimants"] = $"{address.BaseUrl}{ApiClaims.Base}/claimants",
            ["topics"] = $"{address.BaseUrl}{ApiClaims.Base}/topics",
            ["ratings"] = $"{address.BaseUrl}{ApiClaims.Base}/ratings",
        }));
}
