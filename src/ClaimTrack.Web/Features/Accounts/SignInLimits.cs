using System.Threading.RateLimiting;
using ClaimTrack.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Accounts;

/// <summary>Sign-in attempts allowed per window (ClaimTrack:RateLimits:SignIn...); 0 turns a limit off.</summary>
public sealed class SignInLimitOptions
{
    public int SignInPerAddress { get; set; } = 20;
    public int SignInPerAccount { get; set; } = 10;
    public int SignInWindowSeconds { get; set; } = 60;
}

/// <summary>
/// Sign-in attempts limited per client address (one machine sweeping many accounts) and per account name (many
/// machines guessing one password), whether or not the account exists, so the limits tell nothing about who exists.
/// Both count every attempt, right or wrong: the limiter runs before the password is checked, which is the point.
/// </summary>
public static class SignInLimits
{
    private const string SignInPath = "/account/login";
    // The sign-in form's field (SignIn.razor's Input.Email, bound by [SupplyParameterFromForm]).
    private const string AccountField = "Input.Email";
    // Longer than any stored name (the form allows 200): a longer value is cut, not kept whole as a key in memory.
    private const int LongestName = 256;
    // Every other request shares one key that no sign-in key can equal (theirs carry a prefix).
    private const string NotSignIn = "";

    public static IServiceCollection AddSignInLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SignInLimitOptions>(configuration.GetSection(RequestLimits.Section));
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SignInLimitOptions>>((limiter, settings) =>
        {
            var limits = settings.Value;
            // Per address first: an address over its limit spends none of an account's attempts.
            limiter.AddGlobalLimiter(PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(http => IsSignIn(http)
                    ? RequestLimits.PerWindow("address:" + RequestLimits.ClientAddress(http), limits.SignInPerAddress, limits.SignInWindowSeconds)
                    : RateLimitPartition.GetNoLimiter(NotSignIn)),
                PartitionedRateLimiter.Create<HttpContext, string>(http => IsSignIn(http)
                    ? RequestLimits.PerWindow("account:" + AccountName(http), limits.SignInPerAccount, limits.SignInWindowSeconds)
                    : RateLimitPartition.GetNoLimiter(NotSignIn))));
        });
        return services;
    }

    /// <summary>
    /// Reads the sign-in form before the limiter asks for the account name: a limiter decides synchronously, and
    /// reading a body synchronously would block a thread per request. Blazor and antiforgery then reuse the parsed form.
    /// </summary>
    public static IApplicationBuilder UseSignInFormBeforeLimits(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (IsSignIn(http) && http.Request.HasFormContentType)
        {
            // A malformed form is left to the page to answer, as before; its attempt counts under an empty account name.
            try { await http.Request.ReadFormAsync(http.RequestAborted); }
            catch (InvalidDataException) { }
        }
        await next(http);
    });

    private static bool IsSignIn(HttpContext http) =>
        HttpMethods.IsPost(http.Request.Method) && http.Request.Path.Equals(SignInPath, StringComparison.OrdinalIgnoreCase);

    /// <summary>The account name as Identity looks it up (its normaliser), so "Editor@X" and "editor@x" share a limit.</summary>
    private static string AccountName(HttpContext http)
    {
        var typed = http.Features.Get<IFormFeature>()?.Form?[AccountField].ToString() ?? "";
        if (typed.Length > LongestName) typed = typed[..LongestName];
        return http.RequestServices.GetRequiredService<ILookupNormalizer>().NormalizeName(typed) ?? "";
    }
}
