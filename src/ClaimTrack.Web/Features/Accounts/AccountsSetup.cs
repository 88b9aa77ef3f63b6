using System.Security.Claims;
using ClaimTrack.Web.Features.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Accounts;

public static class AccountsSetup
{
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FirstAdminOptions>(configuration.GetSection(FirstAdminOptions.Section));
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddLocalization(); // Identity's refusals are worded in the desk's language (DeskIdentityErrors)
        services.AddIdentityCore<DeskUser>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                // Length protects better than composition rules (NIST SP 800-63B): ten characters, any kind.
                options.Password.RequireDigit = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;
            })
            .AddUserStore<MartenUserStore>()
            .AddSignInManager<DeskSignInManager>()
            .AddErrorDescriber<DeskIdentityErrors>()
            .AddClaimsPrincipalFactory<DeskClaimsFactory>();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.AccessDeniedPath = "/account/denied";
            cookie.Cookie.Name = "claimtrack.desk";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(10);
            // Signing in on the login page honours its returnUrl before the page redirects: the same safe, ASCII address.
            cookie.Events.OnRedirectToReturnUrl = context =>
            {
                context.Response.Redirect(ReturnAddress.LocalOnly(context.RedirectUri));
                return Task.CompletedTask;
            };
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(DeskRoles.Policies.Reporter, p => p.RequireRole(DeskRoles.Reporter, DeskRoles.Editor, DeskRoles.Admin))
            .AddPolicy(DeskRoles.Policies.Editor, p => p.RequireRole(DeskRoles.Editor, DeskRoles.Admin))
            .AddPolicy(DeskRoles.Policies.Admin, p => p.RequireRole(DeskRoles.Admin));
        // The cookie is checked against the stored security stamp on every request, not every 30 minutes: a role
        // change, a lock, a new password or a sign-out (each renews the stamp) ends every copy of the cookie at once.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.Configure<DeskSessionOptions>(configuration.GetSection(DeskSessionOptions.Section));
        services.AddSingleton<DeskPeople>();
        // Open desk pages keep their principal; this one drops it when the stamp changes (within RevalidateSeconds).
        services.AddScoped<AuthenticationStateProvider, DeskRevalidatingAuthenticationStateProvider>();
        services.AddCascadingAuthenticationState();
        services.AddHostedService<DeskAccountsSeeder>();
        services.AddSignInLimits(configuration);
        return services;
    }

    /// <summary>The person behind a request, as events name them.</summary>
    public static Actor ToActor(this ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not signed in."),
        user.FindFirstValue(DeskClaimsFactory.DisplayNameClaim) ?? user.Identity?.Name ?? "Unknown");
}

/// <summary>Adds the person's roles and display name to the sign-in cookie.</summary>
public sealed class DeskClaimsFactory(UserManager<DeskUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<DeskUser>(users, options)
{
    public const string DisplayNameClaim = "claimtrack:display-name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(DeskUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new System.Security.Claims.Claim(DisplayNameClaim, user.DisplayName));
        // Rebuilt from the stored document on every request (the stamp check runs each time), so a choice made on
        // another device or node reaches this cookie at the next page load.
        if (user.Language is { Length: > 0 } language) identity.AddClaim(new System.Security.Claims.Claim(DeskLanguage.Claim, language));
        foreach (var role in user.Roles) identity.AddClaim(new System.Security.Claims.Claim(ClaimTypes.Role, role));
        return identity;
    }
}

/// <summary>The first Admin, from configuration (ClaimTrack:Admin:Email, :Name, :Password), created once.</summary>
public sealed class FirstAdminOptions
{
    public const string Section = "ClaimTrack:Admin";
    public string? Email { get; set; }
    public string? Name { get; set; }
    public string? Password { get; set; }
}
