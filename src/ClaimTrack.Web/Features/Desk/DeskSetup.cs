using ClaimTrack.Web.Components;
using ClaimTrack.Web.Features.Accounts;
using Marten;
using MudBlazor.Services;

namespace ClaimTrack.Web.Features.Desk;

public static class DeskSetup
{
    public static IServiceCollection AddDesk(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddSingleton<DeskQueries>();
        services.AddSingleton<DeskActions>();
        services.AddSingleton<Admin.AdminActions>();
        services.AddSingleton<ClaimChanges>();
        services.AddSingleton<IConfigureMarten>(sp => sp.GetRequiredService<ClaimChanges>());
        // The desk searches statement, context and claimant across every claim, drafts included.
        services.ConfigureMarten(opts => opts.Schema.For<Claims.Claim>().FullTextIndex());
        return services;
    }

    /// <summary>The editors' desk and sign-in: every page and action behind a role, checked on the server.</summary>
    public static void MapDesk(this WebApplication app)
    {
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAccounts();
    }
}
