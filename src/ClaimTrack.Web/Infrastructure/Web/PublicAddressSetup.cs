using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting.Server;

namespace ClaimTrack.Web.Infrastructure.Web;

public static class PublicAddressSetup
{
    /// <summary>The public address (checked now, so a bad one stops the app at start-up) and the cookies' Secure flag.</summary>
    public static IServiceCollection AddPublicAddress(this IServiceCollection services, IConfiguration configuration)
    {
        var configured = PublicAddress.Read(configuration[PublicAddress.Setting]);
        services.AddSingleton(sp => new PublicAddress(configured, sp.GetRequiredService<IServer>()));
        // Secure whenever the request is https, which behind a TLS proxy it is only through a configured proxy's
        // X-Forwarded-Proto (TrustedProxies). Antiforgery's own default is never Secure. (Always would refuse every form
        // with a 500 the moment a proxy forgets the header, since antiforgery will not issue a Secure cookie over http.)
        services.PostConfigure<AntiforgeryOptions>(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.PostConfigureAll<CookieAuthenticationOptions>(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        return services;
    }

    /// <summary>
    /// A Host naming another site is a 400 with one sentence, before anything renders or caches. /health/ answers any
    /// Host: probes name the node by its own address (a container's IP, localhost), and a health answer holds no link.
    /// </summary>
    public static IApplicationBuilder UsePublicHostCheck(this IApplicationBuilder app)
    {
        var address = app.ApplicationServices.GetRequiredService<PublicAddress>();
        return app.Use(async (context, next) =>
        {
            if (address.Answers(context.Request.Host) || context.Request.Path.StartsWithSegments("/health"))
            {
                await next(context);
                return;
            }
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(address.Refusal, context.RequestAborted);
        });
    }
}
