using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace ClaimTrack.Web.Features.Accounts;

public static class AccountEndpoints
{
    /// <summary>Sign-out is a POST with an antiforgery token: a link or an image elsewhere cannot sign anyone out.</summary>
    public static void MapAccounts(this IEndpointRouteBuilder app) =>
        app.MapPost("/account/logout", async ([FromForm] string? returnUrl, SignInManager<DeskUser> signIn, UserManager<DeskUser> users, HttpContext http) =>
        {
            // A new security stamp first: a copy of this cookie (another tab, another device, a stolen one) dies too.
            if (await users.GetUserAsync(http.User) is { } person) await users.UpdateSecurityStampAsync(person);
            await signIn.SignOutAsync();
            // Unsaved desk text is kept in this browser's storage (desk-drafts.js); on a shared computer the next
            // person must not find it. The header empties the site's storage in the browser that signs out.
            http.Response.Headers["Clear-Site-Data"] = "\"storage\"";
            return Results.Redirect("/account/login");
        });
}
